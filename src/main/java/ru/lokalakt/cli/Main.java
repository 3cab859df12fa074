package ru.lokalakt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "lokalakt", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Локальные акты образовательных организаций: профиль YAML → Положение и приказ в DOCX и PDF.",
        subcommands = {GenerateCommand.class, BatchCommand.class, ValidateCommand.class, LintCommand.class, ListCommand.class},
        exitCodeListHeading = "%nКоды завершения:%n",
        exitCodeList = {"0:успешно", "1:ошибка в профиле или шаблоне", "2:ошибка в командной строке",
                "3:внутренняя ошибка (отчёт сохранён в файл)"})
public final class Main implements Runnable {
    public static void main(String[] args) {
        EarlyStart.docxIfNeeded(args);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("lokalakt: " + e.getMessage());
            e.getCommandLine().getErr().println("Справка: lokalakt " + e.getCommandLine().getCommandName()
                    + " --help");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> internalError(e, c.getErr()));
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static int internalError(Throwable e, PrintWriter err) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String where;
        try {
            Path report = Files.createTempFile("lokalakt-error-", ".txt");
            Files.writeString(report, trace.toString());
            where = "отчёт сохранён в " + report;
        } catch (IOException io) {
            where = "отчёт сохранить не удалось";
        }
        err.println("lokalakt: внутренняя ошибка: " + e + "; " + where);
        err.flush();
        return ExitCode.INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"lokalakt " + (v == null ? "0.1.0" : v)};
        }
    }
}
