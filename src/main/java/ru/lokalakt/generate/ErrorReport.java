package ru.lokalakt.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A defect of the program: the user is told one Russian line with a report id, the full trace goes to a file
 * named after that id, for the developers. The command line, the batch's manifest and the web server all say it
 * this way, for an exception and for an error (a stack overflow, a missing class) alike.
 */
public final class ErrorReport {
    private ErrorReport() {
    }

    /** A saved report: its id and file, or neither when it could not be written. */
    public record Saved(String id, Path file) {
        /** «внутренняя ошибка программы (отчёт ID сохранён в FILE)», as the command line and the manifest say it. */
        public String message() {
            return id == null ? "внутренняя ошибка программы (отчёт сохранить не удалось)"
                    : "внутренняя ошибка программы (отчёт " + id + " сохранён в " + file + ")";
        }
    }

    /** Saves the trace and returns «внутренняя ошибка программы (отчёт …)» for the user. */
    public static String save(Throwable e) {
        return saved(e).message();
    }

    /** Saves the trace; never throws, whatever the failure was. */
    public static Saved saved(Throwable e) {
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Path report = Files.createTempFile("lokalakt-error-", ".txt");
            Files.writeString(report, trace.toString());
            String id = report.getFileName().toString().replaceAll("^lokalakt-error-|\\.txt$", "");
            return new Saved(id, report);
        } catch (IOException | RuntimeException | StackOverflowError io) {
            return new Saved(null, null);
        }
    }
}
