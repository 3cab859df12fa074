package ru.lokalakt.cli;

import java.io.PrintWriter;

/** A problem per line, each marked as ours. */
final class Messages {
    private Messages() {
    }

    static void print(PrintWriter err, String message) {
        message.lines().forEach(line -> err.println("lokalakt: " + line));
        err.flush();
    }
}
