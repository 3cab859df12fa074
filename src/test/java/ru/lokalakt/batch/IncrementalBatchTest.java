package ru.lokalakt.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.Synthetic;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.template.TemplateEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch renders only what changed since the last run, keyed by everything a file is made from. */
class IncrementalBatchTest {
    @TempDir
    Path dir;

    /** Counts what it is asked to render, by document title. */
    private static final class Counting implements Renderer {
        final HtmlRenderer html = new HtmlRenderer();
        final AtomicInteger calls = new AtomicInteger();
        final Map<String, AtomicInteger> byTitle = new ConcurrentHashMap<>();

        @Override
        public String extension() {
            return "html";
        }

        @Override
        public byte[] render(Document document) {
            calls.incrementAndGet();
            byTitle.computeIfAbsent(document.metadata().title(), k -> new AtomicInteger()).incrementAndGet();
            return html.render(document);
        }
    }

    private static final List<String> DOCS = List.of("sferum/prikaz", "sferum/polozhenie");

    private record Run(List<ManifestRow> rows, int renders) {
        Map<String, Long> statuses() {
            Map<String, Long> out = new TreeMap<>();
            rows.forEach(r -> out.merge(r.status().label(), 1L, Long::sum));
            return out;
        }

        List<String> rendered() {
            return rows.stream().filter(r -> r.status() == ManifestRow.Status.RENDERED)
                    .map(r -> r.institution() + " " + r.document()).sorted().toList();
        }
    }

    private Run run(Path templates, String options, boolean force, Path profiles) throws Exception {
        Counting counting = new Counting();
        Generator generator = new Generator(new TemplateEngine(templates), List.of(counting));
        Path out = dir.resolve("out");
        BatchRunner runner = new BatchRunner(generator, DOCS, List.of(), Examples.PROFILES, out, 2, false)
                .incremental(new InputKeys(options), BuildState.read(out), force);
        List<ManifestRow> rows = runner.run(ProfileFinder.find(List.of(profiles)), o -> {
            if (o.failed()) {
                throw new AssertionError(o.error());
            }
        });
        Manifest.write(out, rows);
        BuildState.write(out, rows);
        return new Run(rows, counting.calls.get());
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    @Test
    void onlyWhatChangedIsRenderedAgain() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 9);
        // The Perm region from the institutions' own folder, so that it can be edited: inst 3, 4, 5 use it.
        Files.createDirectories(profiles.resolve("regions"));
        Files.copy(Examples.PROFILES.resolve("regions/permskiy-kray.yaml"), profiles.resolve("regions/permskiy-kray.yaml"));
        Path templates = dir.resolve("templates");
        Examples.copyTree(Examples.TEMPLATES, templates);

        Run first = run(templates, "html", false, profiles);
        assertEquals(18, first.renders());
        assertEquals(Map.of("rendered", 18L), first.statuses());

        Run second = run(templates, "html", false, profiles);
        assertEquals(0, second.renders(), "nothing changed: no renderer is called");
        assertEquals(Map.of("unchanged", 18L), second.statuses());

        append(profiles.resolve("inst-0007.yaml"), "# правка\n");
        Run oneProfile = run(templates, "html", false, profiles);
        assertEquals(List.of("inst-0007 sferum/polozhenie", "inst-0007 sferum/prikaz"), oneProfile.rendered());
        assertEquals(2, oneProfile.renders());

        append(profiles.resolve("regions/permskiy-kray.yaml"), "# правка\n");
        Run region = run(templates, "html", false, profiles);
        assertEquals(List.of("inst-0003", "inst-0004", "inst-0005"),
                region.rendered().stream().map(s -> s.split(" ")[0]).distinct().toList(), "the region's institutions");
        assertEquals(6, region.renders());

        append(templates.resolve("sferum/prikaz.ftlx"), "<#-- правка -->\n");
        Run template = run(templates, "html", false, profiles);
        assertEquals(9, template.renders(), "the order of every institution, not the regulation");
        assertTrue(template.rendered().stream().allMatch(s -> s.endsWith("sferum/prikaz")), template.rendered().toString());

        append(templates.resolve("lib/requisites.ftlx"), "<#-- правка -->\n");
        assertEquals(18, run(templates, "html", false, profiles).renders(), "a library both documents import");

        Path edited = dir.resolve("out/inst-0002/sferum-polozhenie.html");
        Files.writeString(edited, "правка вручную");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(Files.getLastModifiedTime(edited).toMillis() + 5000));
        Run handEdited = run(templates, "html", false, profiles);
        assertEquals(List.of("inst-0002 sferum/polozhenie"), handEdited.rendered(), "that document only");
        assertTrue(Files.readString(edited).contains("ПОЛОЖЕНИЕ"), "the hand-edited file is made again");

        assertEquals(18, run(templates, "html\nset=order.date=2025-09-02", false, profiles).renders(), "another --set");
        assertEquals(0, run(templates, "html\nset=order.date=2025-09-02", false, profiles).renders());
        assertEquals(18, run(templates, "html\nset=order.date=2025-09-02", true, profiles).renders(), "--force");

        Files.delete(dir.resolve("out/inst-0009/sferum-prikaz.html"));
        assertEquals(List.of("inst-0009 sferum/prikaz"),
                run(templates, "html\nset=order.date=2025-09-02", false, profiles).rendered(), "a deleted file");
    }

    @Test
    void theStateFileRecordsEveryFileWithItsKeyAndInputs() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 2);
        run(Examples.TEMPLATES, "html", false, profiles);
        Map<String, List<BuildState.Entry>> state = BuildState.read(dir.resolve("out"));
        assertEquals(2, state.size());
        List<BuildState.Entry> rows = new ArrayList<>(state.values().iterator().next());
        assertEquals(2, rows.size());
        ManifestRow r = rows.get(0).row();
        assertEquals(64, r.key().length());
        assertTrue(r.inputs().stream().anyMatch(p -> p.endsWith("kinds/" + "school.yaml") || p.endsWith("kinds/kindergarten.yaml")
                || p.endsWith("kinds/college.yaml") || p.endsWith("kinds/dop.yaml")), r.inputs().toString());
        assertTrue(r.inputs().get(r.inputs().size() - 1).endsWith(".yaml") && r.inputs().stream().anyMatch(p -> p.contains("inst-")),
                "the profile itself, after its parents: " + r.inputs());
        assertTrue(Files.readString(dir.resolve("out/manifest.json")).contains("\"key\": \"" + r.key() + "\""));
    }
}
