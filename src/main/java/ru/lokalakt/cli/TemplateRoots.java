package ru.lokalakt.cli;

import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.template.TemplateEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command finds its templates: the folder given with --templates, then a {@code templates} folder next to
 * the user's profiles (as their own {@code regions} and {@code kinds} are found), then the bundled one. A package
 * or template of the same name in an earlier folder wins; the bundled library stays reachable.
 */
final class TemplateRoots {
    private TemplateRoots() {
    }

    /** The engine over these folders; its packages become the ones this run checks profiles against. */
    static TemplateEngine engine(Path templatesOption, Path near) {
        List<Path> roots = new ArrayList<>();
        if (templatesOption != null) {
            roots.add(templatesOption.toAbsolutePath().normalize());
        }
        if (near != null) {
            Path start = Files.isDirectory(near) ? near.resolve("profile.yaml") : near;
            Path own = ProfileLoader.rootsFor(start, Home.profiles()).get(0).resolve("templates");
            if (Files.isDirectory(own) && !roots.contains(own.toAbsolutePath().normalize())) {
                roots.add(own.toAbsolutePath().normalize());
            }
        }
        Path bundled = Home.templates().toAbsolutePath().normalize();
        if (!roots.contains(bundled)) {
            roots.add(bundled);
        }
        TemplateEngine engine = new TemplateEngine(roots);
        Catalog.activate(engine.catalog());
        return engine;
    }
}
