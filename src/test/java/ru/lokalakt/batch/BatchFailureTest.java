package ru.lokalakt.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.Synthetic;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.html.HtmlRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever goes wrong with one institution, even an error, is that institution's failed row, never a lost one. */
class BatchFailureTest {
    private static final Pattern REPORT = Pattern.compile("^внутренняя ошибка программы \\(отчёт (\\S+) сохранён в (.+)\\)$");

    @TempDir
    Path dir;

    /** Renders HTML, but the first document it is given ends in a stack overflow. */
    private static final class OverflowOnce implements Renderer {
        final HtmlRenderer html = new HtmlRenderer();
        final AtomicBoolean thrown = new AtomicBoolean();

        @Override
        public String extension() {
            return "html";
        }

        @Override
        public byte[] render(Document document) {
            if (thrown.compareAndSet(false, true)) {
                throw new StackOverflowError();
            }
            return html.render(document);
        }
    }

    @Test
    void anErrorIsOneInstitutionsFailedRowWithAReportIdAndTheOthersGoOn() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 4);
        Generator generator = new Generator(Examples.engine(), List.of(new OverflowOnce()));
        BatchRunner runner = new BatchRunner(generator, List.of("sferum/prikaz"), List.of(), Examples.PROFILES,
                dir.resolve("out"), 2, false);
        List<BatchRunner.Outcome> outcomes = new CopyOnWriteArrayList<>();
        List<ManifestRow> rows = runner.run(ProfileFinder.find(List.of(profiles)), outcomes::add);

        assertEquals(4, outcomes.size(), "an outcome for every profile");
        List<BatchRunner.Outcome> failed = outcomes.stream().filter(BatchRunner.Outcome::failed).toList();
        assertEquals(1, failed.size(), outcomes.toString());
        Matcher m = REPORT.matcher(failed.get(0).error());
        assertTrue(m.matches(), "one Russian line with the report's id: " + failed.get(0).error());
        Path report = Path.of(m.group(2));
        assertTrue(report.getFileName().toString().contains(m.group(1)), report.toString());
        assertTrue(Files.readString(report).contains("java.lang.StackOverflowError"), "the trace is in the report");
        Files.delete(report);

        Map<ManifestRow.Status, Long> statuses = rows.stream()
                .collect(Collectors.groupingBy(ManifestRow::status, Collectors.counting()));
        assertEquals(Map.of(ManifestRow.Status.RENDERED, 3L, ManifestRow.Status.FAILED, 1L), statuses);
        ManifestRow row = rows.stream().filter(r -> r.status() == ManifestRow.Status.FAILED).findFirst().orElseThrow();
        assertEquals(failed.get(0).source().toString(), row.source());
        assertEquals(failed.get(0).error(), row.error());
        assertFalse(row.error().contains("StackOverflowError"), "no library text in the manifest");
    }
}
