package ru.lokalakt.cli;

/** Exit codes, documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** A profile or template is wrong: the message says where. */
    public static final int INVALID_INPUT = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** A defect of the program: one line on the console, the full report in a file. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
