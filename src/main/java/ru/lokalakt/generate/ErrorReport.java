package ru.lokalakt.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A defect of the program: the user is told one Russian line with a report id, the full trace goes to a file
 * named after that id, for the developers.
 */
public final class ErrorReport {
    private ErrorReport() {
    }

    /** Saves the trace and returns «внутренняя ошибка программы; отчёт …» for the user. */
    public static String save(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path report = Files.createTempFile("lokalakt-error-", ".txt");
            Files.writeString(report, trace.toString());
            String id = report.getFileName().toString().replaceAll("^lokalakt-error-|\\.txt$", "");
            return "внутренняя ошибка программы (отчёт " + id + " сохранён в " + report + ")";
        } catch (IOException io) {
            return "внутренняя ошибка программы (отчёт сохранить не удалось)";
        }
    }
}
