package ru.lokalakt;

import ru.lokalakt.generate.Generator;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.template.TemplateEngine;

import java.nio.file.Path;
import java.util.List;

/** The bundled example profiles and templates, as the tests use them. */
public final class Examples {
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path TEMPLATES = ROOT.resolve("templates");
    public static final Path PROFILES = ROOT.resolve("profiles");
    public static final List<String> IDS = List.of("litsey-derzhava", "detsad-44", "ktis", "cdt-raduga");
    /** The Сферум package's order, the regulation it approves, and the one file --bundle makes of them. */
    public static final String ORDER = "sferum/prikaz";
    public static final String REGULATION = "sferum/polozhenie";
    public static final String BUNDLE = "sferum/prikaz-polozhenie";
    /** The documents of the e-learning package, which every example uses too. */
    public static final List<String> EO_DOCUMENTS = List.of("eo/polozhenie", "eo/prikaz");
    public static final List<String> DOCUMENTS = List.of("sferum/polozhenie", "sferum/prikaz", "sferum/prikaz-administrator",
            "sferum/zayavka", "sferum/pamyatka", "sferum/sayt");

    private Examples() {
    }

    /** Every example institution with every document: the matrix parameterised tests run over. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> matrix() {
        return IDS.stream().flatMap(id -> DOCUMENTS.stream().map(doc -> org.junit.jupiter.params.provider.Arguments.of(id, doc)));
    }

    public static Path profile(String id) {
        return PROFILES.resolve("examples").resolve(id + ".yaml");
    }

    public static Profile load(String id) {
        return new ProfileLoader().load(profile(id));
    }

    public static TemplateEngine engine() {
        return new TemplateEngine(TEMPLATES);
    }

    public static Generator generator(Renderer... renderers) {
        return new Generator(engine(), List.of(renderers));
    }

    /** A folder copied with everything in it (a templates folder to edit in a test). */
    public static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
    }
}
