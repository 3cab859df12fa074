package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.template.TemplateEngine;

import java.io.PrintWriter;
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

    @picocli.CommandLine.Option(names = "--templates", paramLabel = "ПАПКА",
            description = "своя папка шаблонов и пакетов (ищется раньше встроенной)")
    Path templates;

    @Override
    public Integer call() {
        TemplateEngine engine = TemplateRoots.engine(templates, profiles.get(0));
        Generator generator = new Generator(engine, List.of());
        PrintWriter out = spec.commandLine().getOut();
        return EachProfile.check(profiles, out, spec.commandLine().getErr(), (path, profile) -> {
            profile.id();
            generator.documents(profile, engine.documentIds(profile));
            out.println(path + ": в порядке");
            return true;
        });
    }
}
