package ru.lokalakt.cli;

/** The command line, in-process, for tests in other packages. */
public final class CliAccess {
    private CliAccess() {
    }

    public static int run(String... args) {
        return Main.run(args);
    }
}
