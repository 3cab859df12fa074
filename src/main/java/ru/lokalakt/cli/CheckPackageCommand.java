package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.lint.Finding;
import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.ModelProfile;
import ru.lokalakt.profile.PackageManifest;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateFailure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Checks a package of documents for its author: the manifest, every template (it parses, every field it reads is
 * declared), and every document made for a model institution of every kind, proofread as generate proofreads it.
 * Each problem is one line naming the file and line.
 */
@Command(name = "check-package", mixinStandardHelpOptions = true,
        description = "Проверяет пакет документов (папку с package.yaml и шаблонами): манифест, шаблоны, поля и "
                + "документы для организации каждого вида.")
final class CheckPackageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ПАПКА", description = "папка пакета, например templates/sferum")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = check(folder.toAbsolutePath().normalize());
        if (problems.isEmpty()) {
            out.println(folder + ": пакет в порядке");
            return ExitCode.OK;
        }
        problems.forEach(p -> err.println(p));
        return ExitCode.INVALID_INPUT;
    }

    /** Every problem of the package in {@code folder}, one line each; empty when it is sound. */
    static List<String> check(Path folder) {
        List<String> out = new ArrayList<>();
        if (!PackageManifest.isPackage(folder)) {
            out.add(folder + ": нет манифеста " + PackageManifest.FILE + " — это не папка пакета");
            return out;
        }
        PackageManifest manifest;
        try {
            manifest = PackageManifest.read(folder.resolve(PackageManifest.FILE));
        } catch (ProfileException e) {
            e.issues().forEach(i -> out.add(i.line()));
            return out;
        }
        List<Path> roots = new ArrayList<>(List.of(folder.getParent()));
        if (!folder.getParent().equals(Home.templates().toAbsolutePath().normalize())) {
            roots.add(Home.templates());
        }
        TemplateEngine engine;
        try {
            engine = new TemplateEngine(roots);
        } catch (ProfileException e) {
            // another package beside it whose manifest is broken
            e.issues().forEach(i -> out.add(i.line()));
            return out;
        }
        Catalog previous = Catalog.active();
        Catalog.activate(engine.catalog());
        try {
            for (PackageManifest.DocumentSpec d : manifest.documents()) {
                if (!Files.isRegularFile(folder.resolve(d.id().substring(d.id().indexOf('/') + 1) + TemplateEngine.EXTENSION))) {
                    out.add(folder.resolve(PackageManifest.FILE) + ": документ «" + d.id() + "» объявлен, а шаблона "
                            + d.id().substring(d.id().indexOf('/') + 1) + TemplateEngine.EXTENSION + " нет");
                }
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(TemplateEngine.EXTENSION)).sorted().toList()) {
                    String name = folder.getFileName() + "/" + file.getFileName();
                    try {
                        engine.parse(name);
                    } catch (TemplateFailure e) {
                        out.add(e.getMessage());
                        continue;
                    }
                    out.addAll(TemplateFields.undeclared(file, manifest, engine.catalog()));
                }
            } catch (IOException e) {
                out.add(folder + ": папка не читается");
            }
            // A package with a regulation says what the amending order of it asks (templates/amend/prikaz.ftlx).
            if (manifest.hasRegulation()) {
                Path lib = folder.resolve("lib.ftlx");
                String text = Files.isRegularFile(lib) ? readOrEmpty(lib) : "";
                for (String function : List.of("amendAddressee", "amendInforming", "amendCharged")) {
                    if (!text.matches("(?s).*<#function\\s+" + function + "\\b.*")) {
                        out.add(lib + ": нет функции " + function + "() — её вызывает приказ о внесении изменений в "
                                + "Положение пакета (lokalakt amend); см. docs/packages.md, раздел 9");
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            out.addAll(renderEveryKind(manifest, engine));
        } finally {
            Catalog.activate(previous);
        }
        return out;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Each document for a model institution of each bundled kind (a bundled region), proofread. */
    private static List<String> renderEveryKind(PackageManifest manifest, TemplateEngine engine) {
        List<String> out = new ArrayList<>();
        Generator generator = new Generator(engine, List.of(new HtmlRenderer()));
        ProfileLoader loader = new ProfileLoader(Home.profiles());
        List<String> ids = manifest.documents().stream().map(PackageManifest.DocumentSpec::id).toList();
        for (String kind : ProfileLoader.known(List.of(Home.profiles()), "kinds")) {
            Profile model;
            try {
                model = ModelProfile.fill(loader.loadText("kind: " + kind + "\nregion: kaluzhskaya-oblast\npackages: ["
                        + manifest.name() + "]\n", "model-" + kind + ".yaml"));
            } catch (ProfileException e) {
                e.issues().forEach(i -> out.add("вид " + kind + ": " + i.line()));
                continue;
            }
            try {
                for (Finding f : generator.lint(model, ids)) {
                    out.add("вид " + kind + ", " + f.document() + ", " + f.where() + ": " + f.message());
                }
            } catch (ProfileException e) {
                e.issues().forEach(i -> out.add("вид " + kind + ": " + i.line()
                        + " (задайте значение по умолчанию в defaults или пропуск blank у поля)"));
            } catch (TemplateFailure | ru.lokalakt.render.RenderException e) {
                out.add("вид " + kind + ": " + e.getMessage());
            }
        }
        return out;
    }
}
