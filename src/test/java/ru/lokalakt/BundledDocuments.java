package ru.lokalakt;

import ru.lokalakt.generate.Amender;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.Renderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file lokalakt makes for an example institution: each document, the order bound with its regulation
 * ({@code --bundle}), and, where the example has a later version in {@code profiles/versions/}, the order amending
 * the regulation. The tests of page layout run over all of them.
 */
public final class BundledDocuments {
    private BundledDocuments() {
    }

    /**
     * The example named, or {@code id@12}: the example set in another type size (12 or 13 pt), without the
     * amending order.
     */
    public static Profile profile(String id) {
        String[] parts = id.split("@");
        Profile p = Examples.load(parts[0]);
        return parts.length == 1 ? p
                : p.with("layout.font_size", parts[1], new Location(Path.of(id), 1, 1));
    }

    /** Document id → its files, one per renderer in the order given. */
    public static Map<String, List<RenderedFile>> of(String id, Renderer... renderers) {
        Map<String, List<RenderedFile>> files = new LinkedHashMap<>();
        for (boolean bundle : new boolean[]{false, true}) {
            Generator g = new Generator(Examples.engine(), List.of(renderers), false, bundle);
            List<String> docs = bundle ? List.of(Examples.ORDER, Examples.REGULATION) : Examples.DOCUMENTS;
            group(g.render(profile(id), docs), renderers.length, files);
        }
        Path later = later(id);
        if (later != null) {
            List<RenderedFile> order = new Amender(Examples.engine(), List.of(renderers), false)
                    .order(Examples.load(id), new ProfileLoader().load(later), Examples.REGULATION).files();
            group(order, renderers.length, files);
        }
        return files;
    }

    /** The example's next version in {@code profiles/versions/} ({@code <id>-<year>.yaml}), or null. */
    static Path later(String id) {
        try (var files = Files.list(Examples.PROFILES.resolve("versions"))) {
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(id) + "-\\d{4}\\.yaml"))
                    .sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void group(List<RenderedFile> rendered, int per, Map<String, List<RenderedFile>> into) {
        for (int i = 0; i < rendered.size(); i += per) {
            into.put(rendered.get(i).documentId(), new ArrayList<>(rendered.subList(i, i + per)));
        }
    }
}
