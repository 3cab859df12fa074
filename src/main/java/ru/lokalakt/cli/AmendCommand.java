package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.lokalakt.generate.Amender;
import ru.lokalakt.generate.HistoryWriter;
import ru.lokalakt.generate.IoMessages;
import ru.lokalakt.generate.OutputWriter;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.lint.LintException;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateFailure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The order that amends last year's regulation, from last year's profile and this year's. */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = "Сравнивает Положение по старому и новому профилю и пишет приказ «О внесении изменений в "
                + "Положение …» (OUT/<id>/amend-prikaz.<формат>) и Положение в новой редакции.")
final class AmendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "СТАРЫЙ", description = "профиль, по которому составлено действующее Положение")
    Path older;

    @Parameters(index = "1", paramLabel = "НОВЫЙ", description = "профиль новой редакции (с полями amend.date и amend.number)")
    Path newer;

    @Option(names = {"-o", "--output"}, paramLabel = "ПАПКА", description = "куда писать (по умолчанию out)")
    Path output = Path.of("out");

    @Option(names = "--format", paramLabel = "ФОРМАТЫ", description = "docx, pdf, html или несколько через запятую (по умолчанию docx,pdf)")
    String format = "docx,pdf";

    @Option(names = "--doc", paramLabel = "ДОКУМЕНТ", description = "изменяемое Положение (по умолчанию — Положение "
            + "пакета документов профиля)")
    String document;

    @Option(names = "--pdfa", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "PDF в формате PDF/A-1b (по умолчанию да)")
    boolean pdfA = true;

    @Option(names = "--force", description = "записать документы, даже если проверка нашла ошибки")
    boolean force;

    @Option(names = "--templates", paramLabel = "ПАПКА", description = "своя папка шаблонов вместо встроенной")
    Path templates;

    @Option(names = "--old-templates", paramLabel = "ПАПКА",
            description = "шаблоны, по которым составлено действующее Положение, если они были другими")
    Path oldTemplates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            TemplateEngine olderEngine = oldTemplates != null ? TemplateRoots.engine(oldTemplates, older) : null;
            TemplateEngine engine = TemplateRoots.engine(templates, newer);
            olderEngine = olderEngine != null ? olderEngine : engine;
            String id = document == null ? null : document.strip().replaceFirst("^([^/]+)-", "$1/");
            if (id != null && !engine.documentIds().contains(id)) {
                throw new UsageException("документа «" + document + "» нет; есть: " + String.join(", ", engine.documentIds()));
            }
            ProfileLoader loader = new ProfileLoader(Home.profiles());
            Profile before = loader.load(older);
            Profile after = loader.load(newer);
            if (id == null) {
                id = Amender.regulationOf(engine.catalog(), after);
            }
            if (!before.id().equals(after.id())) {
                throw new UsageException("профили разных организаций: «" + before.id() + "» и «" + after.id() + "»");
            }
            Amender amender = new Amender(olderEngine, engine, Formats.parse(format, pdfA), force);
            if (!amender.isRegulation(after, id)) {
                List<String> regulations = new ArrayList<>();
                for (String doc : engine.documentIds()) {
                    try {
                        if (amender.isRegulation(after, doc)) {
                            regulations.add(doc);
                        }
                    } catch (RuntimeException e) {
                        // a document this profile cannot make is not offered
                    }
                }
                throw new UsageException("«" + id + "» — не Положение, приказ о внесении изменений к нему не составляется; "
                        + "изменить можно: " + String.join(", ", regulations));
            }
            Amender.Result result = amender.amend(before, after, id);
            if (result.changes().isEmpty()) {
                out.println("изменений нет");
                return ExitCode.OK;
            }
            Path folder = output.resolve(after.id());
            OutputWriter.writeAll(folder, result.files());
            for (RenderedFile file : result.files()) {
                out.println(folder.resolve(file.fileName()));
            }
            String section = amender.sectionOf(id);
            if (HistoryWriter.append(newer, after, Amender.newHistory(before.lifted(section), after.lifted(section)), section)) {
                out.println(newer + ": дописана история редакций (history) — по ней следующий приказ о внесении "
                        + "изменений перечислит все редакции");
            }
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (ProfileException | TemplateFailure | RenderException | LintException e) {
            Messages.print(err, e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (IOException e) {
            err.println("lokalakt: не удалось записать файлы: " + IoMessages.describe(e));
            return ExitCode.INVALID_INPUT;
        }
    }
}
