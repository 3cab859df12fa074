package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.lint.Finding;
import ru.lokalakt.template.TemplateEngine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Проверяет готовые документы профилей как корректор: слова не для этого вида организации, остатки "
                + "шаблона, непарные и прямые кавычки, набранные вручную номера, лишние пробелы. Ничего не записывает.")
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ПРОФИЛЬ", arity = "1..*", description = "файлы профилей организаций")
    List<Path> profiles;

    @Option(names = "--templates", paramLabel = "ПАПКА", description = "своя папка шаблонов и пакетов (ищется раньше встроенной)")
    Path templates;

    @Override
    public Integer call() {
        TemplateEngine engine = TemplateRoots.engine(templates, profiles.get(0));
        Generator generator = new Generator(engine, List.of());
        PrintWriter out = spec.commandLine().getOut();
        return EachProfile.check(profiles, out, spec.commandLine().getErr(), (path, profile) -> {
            List<Finding> findings = generator.lint(profile, engine.documentIds(profile));
            for (Finding f : findings) {
                out.println(path + ": " + f);
            }
            if (findings.isEmpty()) {
                out.println(path + ": замечаний нет");
            }
            return findings.isEmpty();
        });
    }
}
