package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.template.TemplateEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Показывает виды организаций, регионы, пакеты документов и их документы.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--templates", paramLabel = "ПАПКА",
            description = "своя папка шаблонов и пакетов (ищется раньше встроенной)")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ProfileLoader loader = new ProfileLoader();
        out.println("Виды организаций (profiles/kinds):");
        print(out, loader, Home.profiles().resolve("kinds"), "kind.name", null);
        out.println("Регионы (profiles/regions); «не проверено» — сведения, которые стоит сверить, прежде чем подписывать:");
        print(out, loader, Home.profiles().resolve("regions"), "region.name.nom", "region.unverified");
        TemplateEngine engine = TemplateRoots.engine(templates, null);
        ru.lokalakt.profile.Catalog catalog = engine.catalog();
        out.println("Пакеты документов (templates/<пакет>/package.yaml); профиль выбирает их полем packages, "
                + "без него — отмеченные «по умолчанию»:");
        for (ru.lokalakt.profile.PackageManifest p : catalog.packages()) {
            out.println("  " + p.name() + " — " + p.title() + (p.byDefault() ? " (по умолчанию)" : ""));
            for (ru.lokalakt.profile.PackageManifest.DocumentSpec d : p.documents()) {
                out.println("    " + d.id() + " — " + d.title());
            }
        }
        List<String> loose = engine.documentIds().stream().filter(id -> catalog.packageOf(id) == null).toList();
        if (!loose.isEmpty()) {
            out.println("Шаблоны вне пакетов:");
            loose.forEach(id -> out.println("  " + id));
        }
        return ExitCode.OK;
    }

    /** What each entry of {@code region.unverified} stands for, as a secretary would call it. */
    static final Map<String, String> UNVERIFIED = Map.of("name", "наименование субъекта",
            "ministry", "орган управления образованием", "information_system", "региональная система",
            "legal_basis", "региональные акты");

    private static void print(PrintWriter out, ProfileLoader loader, Path folder, String nameField, String flagField)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                String name;
                try {
                    Profile p = loader.load(file);
                    Object value = p.get(nameField);
                    name = value == null ? "" : value.toString();
                    List<Object> unsure = flagField == null ? List.of() : Profile.asList(p.get(flagField));
                    if (!unsure.isEmpty()) {
                        name += " (не проверено: " + String.join(", ", unsure.stream()
                                .map(u -> UNVERIFIED.getOrDefault(String.valueOf(u), String.valueOf(u))).toList()) + ")";
                    }
                } catch (ProfileException e) {
                    name = "(ошибка: " + e.getMessage() + ")";
                }
                out.println("  " + stem + (name.isEmpty() ? "" : " — " + name));
            }
        }
    }
}
