package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateFailure;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Проверяет профили: читает, разрешает extends и заполняет шаблоны, ничего не записывая.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ПРОФИЛЬ", arity = "1..*", description = "файлы профилей организаций")
    List<Path> profiles;

    @Override
    public Integer call() {
        TemplateEngine engine = new TemplateEngine(Home.templates());
        Generator generator = new Generator(engine, List.of());
        ProfileLoader loader = new ProfileLoader(Home.profiles());
        int status = ExitCode.OK;
        for (Path path : profiles) {
            try {
                Profile profile = loader.load(path);
                profile.id();
                for (String id : engine.documentIds()) {
                    Document ignored = generator.document(profile, id);
                }
                spec.commandLine().getOut().println(path + ": в порядке");
            } catch (ProfileException | TemplateFailure e) {
                Messages.print(spec.commandLine().getErr(), e.getMessage());
                status = ExitCode.INVALID_INPUT;
            }
        }
        return status;
    }
}
