package ru.lokalakt.cli;

import java.nio.file.Path;

/** Where the bundled templates and profiles are: the launcher passes its own folder. */
final class Home {
    private Home() {
    }

    static Path root() {
        String home = System.getProperty("lokalakt.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    static Path templates() {
        return root().resolve("templates");
    }

    static Path profiles() {
        return root().resolve("profiles");
    }
}
