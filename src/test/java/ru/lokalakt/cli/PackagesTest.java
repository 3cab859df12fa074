package ru.lokalakt.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.PackageManifest;
import ru.lokalakt.web.FormSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Packages of documents are data: a folder with a manifest and templates, found next to the profiles or with
 * --templates, checked by check-package, and taking part in list, validation, generation in every format, the
 * form, batch and its incremental keys without a line of Java. The bundled packages pass the author's check.
 */
class PackagesTest {
    @TempDir
    Path dir;

    @AfterEach
    void bundledCatalogAgain() {
        Catalog.activate(null);
    }

    static final String MANIFEST = """
            name: proverka
            title: Справка о проверке
            section: proverka
            documents:
              - id: spravka
                title: Справка о проверке готовности к учебному году
                short: Справка о проверке
            required: [checked, inspector]
            fields:
              checked: {type: date, description: дата проверки, example: "2025-08-25", blank: дата}
              inspector: {type: phrase, description: кто проверял (фраза), example: муниципальная комиссия, blank: кто проверял}
            """;

    static final String TEMPLATE = """
            <#ftl strip_whitespace=true>
            <#import "/lib/doc.ftlx" as d>
            <#import "/lib/requisites.ftlx" as r>
            <@d.document file="proverka-spravka.pdf" title="Справка о проверке" author=institution.short_name.nom date=checked.iso>
              <@r.organisation/>
              <@d.p style="document-kind">СПРАВКА</@d.p>
              <@d.p>Помещения ${institution.short_name.gen} проверены ${checked.numeric} ${inspector.ins}.</@d.p>
              <@r.headSignature/>
            </@d.document>
            """;

    static final String PROFILE = """
            kind: school
            region: kaluzhskaya-oblast
            packages: [proverka]
            id: shkola-7
            institution:
              full_name: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»
              short_name: МБОУ «СОШ № 7»
              city: Калуга
            head:
              surname: Морозова
              initials: Е. В.
              gender: female
            proverka:
              checked: 2025-08-25
              inspector: муниципальная комиссия
            """;

    /** A profile folder with its own templates/proverka next to the profile. */
    private Path ownPackage(String manifest, String template) throws IOException {
        Path pkg = dir.resolve("templates").resolve("proverka");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("package.yaml"), manifest);
        Files.writeString(pkg.resolve("spravka.ftlx"), template);
        Path profile = dir.resolve("shkola-7.yaml");
        Files.writeString(profile, PROFILE);
        return profile;
    }

    @Test
    void everyBundledPackagePassesItsAuthorsCheck() throws IOException {
        List<Path> packages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Examples.TEMPLATES)) {
            folders.filter(PackageManifest::isPackage).sorted().forEach(packages::add);
        }
        assertTrue(packages.size() >= 2, "the Сферум package and the e-learning one: " + packages);
        for (Path p : packages) {
            assertEquals(List.of(), CheckPackageCommand.check(p), p.toString());
        }
        Cli.Result r = Cli.run("check-package", Examples.TEMPLATES.resolve("eo").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("пакет в порядке"), r.out());
    }

    @Test
    void aPackageOfOnesOwnIsListedValidatedAndMadeInEveryFormat() throws Exception {
        Path profile = ownPackage(MANIFEST, TEMPLATE);
        Path templates = dir.resolve("templates");
        assertEquals(List.of(), CheckPackageCommand.check(templates.resolve("proverka")));

        Cli.Result list = Cli.run("list", "--templates", templates.toString());
        assertTrue(list.out().contains("proverka — Справка о проверке"), list.out());
        assertTrue(list.out().contains("proverka/spravka — Справка о проверке готовности к учебному году"), list.out());

        Cli.Result valid = Cli.run("validate", profile.toString());
        assertEquals(0, valid.code(), valid.err());

        // The package's own field is typed and named by its place in the profile, with the file and line.
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, PROFILE.replace("checked: 2025-08-25", "checked: 2025-02-30"));
        Cli.Result invalid = Cli.run("validate", wrong.toString());
        assertEquals(ExitCode.INVALID_INPUT, invalid.code(), invalid.out());
        assertTrue(invalid.err().contains("wrong.yaml:14:12:") && invalid.err().contains("proverka.checked")
                && invalid.err().contains("такой даты нет"), invalid.err());

        Path out = dir.resolve("out");
        Cli.Result made = Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "docx,pdf,html");
        assertEquals(0, made.code(), made.err());
        // Only the documents of the profile's packages: no Сферум document is asked of it.
        try (Stream<Path> files = Files.list(out.resolve("shkola-7"))) {
            assertEquals(List.of("proverka-spravka.docx", "proverka-spravka.html", "proverka-spravka.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String sentence = "Помещения МБОУ «СОШ № 7» проверены 25.08.2025 муниципальной комиссией.";
        String pdf = PdfText.text(Files.readAllBytes(out.resolve("shkola-7/proverka-spravka.pdf"))).replaceAll("\\s+", " ");
        assertTrue(pdf.replace('\u00A0', ' ').contains(sentence.replace('\u00A0', ' ')), pdf);
        String docx = DocxReader.text(Files.readAllBytes(out.resolve("shkola-7/proverka-spravka.docx")));
        assertTrue(docx.replace('\u00A0', ' ').replace("\u2060", "").contains(sentence), docx);
        String html = Files.readString(out.resolve("shkola-7/proverka-spravka.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("муниципальной комиссией"), html);

        // The form: the package's fields as a group of their own, the package among those to choose.
        Catalog.activate(Catalog.of(List.of(templates, Examples.TEMPLATES)));
        assertTrue(FormSpec.packs().stream().anyMatch(p -> p.name().equals("proverka")
                && p.documents().equals(List.of("proverka/spravka"))), FormSpec.packs().toString());
        assertEquals("Справка о проверке", Catalog.active().pkg("proverka").orElseThrow().title());
    }

    @Test
    void batchMakesEachProfilesPackagesAndMakesThemAgainWhenTheManifestChanges() throws Exception {
        Path profile = ownPackage(MANIFEST, TEMPLATE);
        Files.copy(Examples.PROFILES.resolve("examples/litsey-derzhava.yaml"), dir.resolve("litsey.yaml"));
        Path out = dir.resolve("out");
        Cli.Result first = Cli.run("batch", dir.toString(), "-o", out.toString(), "--format", "html", "--no-pdfa");
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(Files.exists(out.resolve("shkola-7/proverka-spravka.html")));
        // The lyceum uses the Сферум and e-learning packages: their documents, not the third package's.
        assertTrue(Files.exists(out.resolve("litsey-derzhava/sferum-polozhenie.html")));
        assertTrue(Files.exists(out.resolve("litsey-derzhava/eo-polozhenie.html")));
        assertFalse(Files.exists(out.resolve("litsey-derzhava/proverka-spravka.html")));
        assertFalse(Files.exists(out.resolve("shkola-7/sferum-polozhenie.html")));

        Cli.Result again = Cli.run("batch", dir.toString(), "-o", out.toString(), "--format", "html", "--no-pdfa");
        assertTrue((again.out() + again.err()).contains("создано заново: 0"), again.out() + again.err());

        // A changed manifest changes what its documents are made from: they are made again, the others kept.
        Path manifest = dir.resolve("templates/proverka/package.yaml");
        Files.writeString(manifest, MANIFEST.replace("title: Справка о проверке\n", "title: Справка о проверке готовности\n"));
        Cli.Result changed = Cli.run("batch", dir.toString(), "-o", out.toString(), "--format", "html", "--no-pdfa");
        assertTrue((changed.out() + changed.err()).contains("создано заново: 1"), changed.out() + changed.err());
        assertTrue(profile.toFile().exists());
    }

    @Test
    void theEducationPackagesOrderAndRegulationMakeOneFileWithBundle() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("generate", Examples.PROFILES.resolve("examples/ktis.yaml").toString(), "-o", out.toString(),
                "--format", "pdf", "--no-pdfa", "--bundle", "--doc", "eo/prikaz,eo/polozhenie");
        assertEquals(0, r.code(), r.err());
        byte[] pdf = Files.readAllBytes(out.resolve("ktis/eo-prikaz-polozhenie.pdf"));
        String text = PdfText.text(pdf);
        assertTrue(text.indexOf("ПРИКАЗ") >= 0 && text.indexOf("ПОЛОЖЕНИЕ") > text.indexOf("ПРИКАЗ"), text);
        assertFalse(Files.exists(out.resolve("ktis/eo-polozhenie.pdf")));
    }

    @Test
    void aBrokenPackageIsAnsweredInOneRussianLineWithItsFileAndLine() throws IOException {
        // A field the manifest does not declare.
        ownPackage(MANIFEST, TEMPLATE.replace("${inspector.ins}.", "${inspector.ins}, итог — ${result}."));
        List<String> undeclared = CheckPackageCommand.check(dir.resolve("templates/proverka"));
        assertEquals(1, undeclared.size(), undeclared.toString());
        assertTrue(undeclared.get(0).matches(".*spravka\\.ftlx:7: поле «result» не объявлено.*"), undeclared.get(0));

        // A template that does not parse.
        ownPackage(MANIFEST, TEMPLATE.replace("</@d.document>", ""));
        List<String> broken = CheckPackageCommand.check(dir.resolve("templates/proverka"));
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).matches(".*spravka\\.ftlx:\\d+:\\d+: синтаксическая ошибка.*"), broken.get(0));

        // A manifest without the package's title.
        ownPackage(MANIFEST.replace("title: Справка о проверке\n", ""), TEMPLATE);
        List<String> untitled = CheckPackageCommand.check(dir.resolve("templates/proverka"));
        assertEquals(1, untitled.size(), untitled.toString());
        assertTrue(untitled.get(0).matches(".*package\\.yaml:\\d+:\\d+: поле «title»: не задано.*"), untitled.get(0));

        for (String line : List.of(undeclared.get(0), broken.get(0), untitled.get(0))) {
            assertFalse(line.contains("\n") || line.matches(".*(Exception|Error|null).*"), line);
        }
        // The command answers the same, exits non-zero, prints no stack trace.
        Cli.Result r = Cli.run("check-package", dir.resolve("templates/proverka").toString());
        assertEquals(ExitCode.INVALID_INPUT, r.code());
        assertEquals(untitled.get(0), r.err().strip());
    }

    /** init writes the fields the chosen packages' documents need the institution to write, in their sections. */
    @Test
    void initWritesTheFieldsOfThePackagesAskedFor() throws IOException {
        Path file = dir.resolve("new.yaml");
        Cli.Result r = Cli.run("init", "--no-questions", "--kind", "college", "--region", "primorskiy-kray",
                "--package", "sferum,eo", file.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(file);
        assertTrue(text.contains("packages: [sferum, eo]\n"), text);
        assertTrue(text.matches("(?s).*\\neo:\\n  order:\\n.*    date: 2025-08-29  # пример\\n.*  responsible: admin\\n.*"), text);
        // Who adopts it is the package's default, not a blank to fill.
        assertFalse(text.matches("(?s).*\\neo:.*\\n    body: .*"), text);
        Cli.Result only = Cli.run("init", "--no-questions", "--kind", "college", "--region", "primorskiy-kray",
                dir.resolve("plain.yaml").toString());
        String plain = Files.readString(dir.resolve("plain.yaml"));
        assertEquals(0, only.code());
        assertFalse(plain.contains("packages:") || plain.contains("\neo:"), plain);
        assertTrue(plain.contains("link_deadline:"), plain);
    }

    /** What the Сферум package is lives in its folder: no Java file names its documents or its own fields. */
    @Test
    void noJavaFileNamesTheSferumPackagesDocumentsOrFields() throws IOException {
        Catalog catalog = Catalog.bundled();
        PackageManifest sferum = catalog.pkg("sferum").orElseThrow();
        List<String> names = new ArrayList<>();
        sferum.documents().forEach(d -> names.add("\"" + d.id()));
        // Its fields by their dotted paths (a bare section name such as «notice» is also an ordinary word of the code).
        catalog.docs().keySet().stream().filter(path -> catalog.fieldPackage(path) == sferum && !path.contains("*")
                        && path.contains("."))
                .forEach(path -> names.add("\"" + path + "\""));
        assertTrue(names.contains("\"administrator.staff\"") && names.contains("\"sferum/zayavka"), names.toString());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Examples.ROOT.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String n : names) {
                    if (text.contains(n)) {
                        found.add(Examples.ROOT.relativize(f) + ": " + n);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
