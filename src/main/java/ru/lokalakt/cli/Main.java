package ru.lokalakt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "lokalakt", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        synopsisSubcommandLabel = "[КОМАНДА]",
        description = "Локальные акты образовательных организаций: профиль YAML → Положение и приказ в DOCX и PDF.",
        subcommands = {InitCommand.class, ServeCommand.class, OfficeKeyCommand.class, GenerateCommand.class, BatchCommand.class, ValidateCommand.class, LintCommand.class,
                ListCommand.class, DeclineCommand.class, AmendCommand.class, CheckPackageCommand.class},
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
        cli.setResourceBundle(java.util.ResourceBundle.getBundle("ru.lokalakt.cli.usage", java.util.Locale.ROOT));
        cli.setUsageHelpAutoWidth(true);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("lokalakt: " + UsageMessages.translate(e));
            e.getCommandLine().getErr().println("Справка: " + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            // A defect of the input no command caught itself (a broken package manifest among the templates): told
            // as every other one, a line each with its file and line.
            if (e instanceof ru.lokalakt.profile.ProfileException pe) {
                Messages.print(c.getErr(), pe.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            return internalError(e, c.getErr());
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler above; an error (a stack overflow) is told the same way
            return internalError(e, cli.getErr());
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static int internalError(Throwable e, PrintWriter err) {
        err.println("lokalakt: " + ru.lokalakt.generate.ErrorReport.save(e));
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
