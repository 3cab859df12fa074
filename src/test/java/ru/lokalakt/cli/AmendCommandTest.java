package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `lokalakt amend OLD NEW`: the amending order and the new regulation, or «изменений нет». */
@org.junit.jupiter.api.extension.ExtendWith(ProgramHome.class)
class AmendCommandTest {
    @TempDir
    Path home;


    private static final Path OLD = Examples.profile("litsey-derzhava");
    private static final Path NEW = Examples.PROFILES.resolve("versions/litsey-derzhava-2025.yaml");

    /** Last year's folder with the lyceum and the college, this year's with the lyceum's next version. */
    private static void twoYears(Path old, Path now) throws java.io.IOException {
        Files.createDirectories(old);
        Files.createDirectories(now);
        Files.copy(OLD, old.resolve("litsey-derzhava.yaml"));
        Files.copy(Examples.profile("ktis"), old.resolve("ktis.yaml"));
        Files.writeString(now.resolve("litsey-derzhava.yaml"), Files.readString(NEW)
                .replace("extends: ../examples/litsey-derzhava.yaml", "extends: " + OLD));
    }

    /**
     * The bundled new version, copied without the history of editions it carries: the command records it anew in
     * the copy, never in the bundled file.
     */
    private Path newCopy() throws java.io.IOException {
        Path copy = home.resolve("new-copy.yaml");
        String text = Files.readString(NEW);
        Files.writeString(copy, text.substring(0, text.indexOf("\n# История редакций") + 1)
                .replace("extends: ../examples/litsey-derzhava.yaml", "extends: " + OLD));
        return copy;
    }

    /**
     * The regulation of a package with a section of its own (e-learning) is amended from that section: its
     * amending order's facts, its approving order, its councils; the history goes into the section of the new
     * profile, and the next edition's stamp names the amending order.
     */
    @Test
    void theRegulationOfAPackageWithItsOwnSectionIsAmendedFromIt() throws Exception {
        Path old = home.resolve("old.yaml");
        Files.copy(OLD, old);
        Path now = home.resolve("now.yaml");
        String informing = "  informing: на официальном сайте и в электронном дневнике РГИС «Моя школа»\n";
        String text = Files.readString(OLD);
        assertTrue(text.contains(informing), "the lyceum's e-learning section says how it informs");
        Files.writeString(now, text.replace(informing, """
                  informing: на официальном сайте, в электронном дневнике РГИС «Моя школа» и в чатах классов
                  amend:
                    date: 2026-08-31
                    number: 77-од
                    protocol_date: 2026-08-28
                    protocol: "1"
                    opinions:
                      - body: совет родителей
                        date: 2026-08-27
                        protocol: "1"
                """));
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("amend", old.toString(), now.toString(), "--doc", "eo/polozhenie", "-o", out.toString(),
                "--format", "pdf", "--no-pdfa");
        assertEquals(0, r.code(), r.err());
        String order = PdfText.text(Files.readAllBytes(out.resolve("litsey-derzhava/amend-prikaz.pdf"))).replaceAll("\\s+", " ");
        assertTrue(order.contains("О внесении изменений в Положение об электронном обучении и использовании дистанционных "
                + "образовательных технологий"), order);
        assertTrue(order.contains("утверждённое приказом директора МБОУ «Лицей „ДЕРЖАВА“» от 29.08.2025 № 98-од"), order);
        assertTrue(order.contains("с учётом мнения совета родителей (протокол от 27.08.2026 № 1)"), order);
        assertTrue(order.contains("сообщить об изменениях участникам образовательных отношений на официальном сайте, "
                + "в электронном дневнике РГИС «Моя школа» и в чатах классов"), order);
        assertFalse(order.contains("Сферум"), "nothing of the other package's order: " + order);
        // The history is written into the e-learning section of the new profile, which still loads.
        String written = Files.readString(now);
        assertTrue(written.matches("(?s).*\\neo:\\n.*\\n  history:\\n    adopted:\\n.*"), written);
        assertFalse(written.matches("(?s).*\\nhistory:.*"), written);
        ru.lokalakt.profile.Profile loaded = new ru.lokalakt.profile.ProfileLoader(Examples.PROFILES).load(now);
        assertEquals("77-од", ((java.util.Map<?, ?>) ru.lokalakt.profile.Profile.asList(loaded.get("eo.history.amendments"))
                .get(0)).get("number"));
        String regulation = PdfText.text(Files.readAllBytes(out.resolve("litsey-derzhava/eo-polozhenie.pdf")));
        // The stamp stands beside the consideration mark: its lines are read apart from the column next to it.
        assertTrue(regulation.contains("(в редакции приказа") && regulation.contains("от 31.08.2026 № 77-од)"), regulation);
    }

    @Test
    void writesTheOrderAndTheNewRegulationInEveryFormat() throws Exception {
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("amend", OLD.toString(), newCopy().toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        Path folder = out.resolve("litsey-derzhava");
        try (var files = Files.list(folder)) {
            assertEquals(java.util.List.of("amend-prikaz.docx", "amend-prikaz.pdf", "sferum-polozhenie.docx",
                    "sferum-polozhenie.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String docx = DocxReader.text(Files.readAllBytes(folder.resolve("amend-prikaz.docx")));
        assertTrue(docx.contains("слова «VK\u00A0Мессенджер» в\u00A0соответствующем падеже заменить словами «национальный мессенджер MAX» в\u00A0соответствующем падеже"), docx);
        String pdf = PdfText.text(Files.readAllBytes(folder.resolve("amend-prikaz.pdf"))).replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
        assertTrue(pdf.contains("О внесении изменений в Положение"), "the heading");
        assertTrue(pdf.contains("Абзац третий пункта 1.3 изложить в следующей редакции"), "the restated definition");
        String regulation = PdfText.text(Files.readAllBytes(folder.resolve("sferum-polozhenie.pdf"))).replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
        assertTrue(regulation.contains("в национальном мессенджере MAX"), "the consolidated text");
        assertFalse(regulation.contains("VK Мессенджер"), "no old name in the consolidated text");
    }

    @Test
    void theSameTextSaysSoInOneLineAndWritesNothing() {
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("amend", OLD.toString(), OLD.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("изменений нет", r.out().strip());
        assertFalse(Files.exists(out), "no files, no folder");
    }

    @Test
    void aNewVersionWithoutTheAmendingOrdersNumberIsRefusedWithNothingWritten() throws Exception {
        Path newer = home.resolve("new.yaml");
        Files.writeString(newer, Files.readString(NEW).replace("extends: ../examples/litsey-derzhava.yaml",
                "extends: " + OLD).replace("  number: 98-од\n", ""));
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("amend", OLD.toString(), newer.toString(), "-o", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("amend.number"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void profilesOfTwoInstitutionsAreAUsageError() {
        Cli.Result r = Cli.run("amend", OLD.toString(), Examples.profile("ktis").toString(), "-o", home.resolve("o").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("профили разных организаций"), r.err());
    }

    @Test
    void batchWritesAnAmendingOrderOnlyForInstitutionsWhoseRegulationChangedAndListsIt() throws Exception {
        Path old = home.resolve("2024");
        Path now = home.resolve("2025");
        twoYears(old, now);
        // The college's profile is the same this year: no new edition, no amending order.
        Files.writeString(now.resolve("ktis.yaml"), Files.readString(Examples.profile("ktis")));
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("batch", now.toString(), "--amend-from", old.toString(), "-o", out.toString(),
                "--format", "html", "--doc", "sferum/polozhenie");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("litsey-derzhava/amend-prikaz.html")));
        assertFalse(Files.exists(out.resolve("ktis/amend-prikaz.html")), "the college's text did not change");
        assertTrue(Files.isRegularFile(out.resolve("ktis/sferum-polozhenie.html")));
        java.util.List<String> csv = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals(1, csv.stream().filter(l -> l.contains(",amend/prikaz,")).count(), String.join("\n", csv));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("litsey-derzhava,") && l.contains(",amend/prikaz,html,")
                && l.contains(",rendered,")), String.join("\n", csv));
        assertTrue(r.out().contains("Приказов о внесении изменений в Положение: 1"), r.out());
    }

    @Test
    void aDocumentThatIsNotARegulationIsRefusedWithTheListOfThoseThatAre() throws Exception {
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("amend", OLD.toString(), newCopy().toString(), "-o", out.toString(), "--doc", "sferum/prikaz");
        assertEquals(ExitCode.USAGE, r.code(), r.out());
        assertTrue(r.err().contains("«sferum/prikaz» — не Положение") && r.err().contains("изменить можно: sferum/polozhenie"),
                r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void theNewEditionRecordsItsHistoryAndTheNextAmendmentListsBothOrders() throws Exception {
        Path first = newCopy();
        Cli.Result r = Cli.run("amend", OLD.toString(), first.toString(), "-o", home.resolve("out1").toString(),
                "--format", "html");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String recorded = Files.readString(first);
        assertTrue(recorded.contains("history:\n  adopted:\n    body: педагогический совет\n    date: 2024-02-02\n"
                + "    protocol: \"6\"\n  amendments:\n    - date: 2025-09-01\n      number: \"98-од\"\n"), recorded);
        assertTrue(recorded.startsWith(Files.readString(NEW).replace("extends: ../examples/litsey-derzhava.yaml",
                "extends: " + OLD).split("\nhistory:")[0].strip().substring(0, 40)), "the user's lines are kept");
        // Run again: the history is there and agrees; nothing is appended twice.
        r = Cli.run("amend", OLD.toString(), first.toString(), "-o", home.resolve("out1").toString(), "--format", "html");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(recorded, Files.readString(first));

        Path second = home.resolve("2026.yaml");
        Files.writeString(second, "extends: " + first.getFileName() + "\napproval:\n  body: Управляющий совет\n"
                + "amend:\n  date: 2026-08-31\n  number: 162-од\n  reason: сменой органа, принимающего Положение\n"
                + "  protocol_date: 2026-08-28\n  protocol: \"2\"\n");
        Path out = home.resolve("out2");
        r = Cli.run("amend", first.toString(), second.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String regulation = Files.readString(out.resolve("litsey-derzhava/sferum-polozhenie.html"))
                .replaceAll("<[^>]+>", " ").replace('\u00A0', ' ').replace("\u2060", "").replaceAll("\\s+", " ");
        assertTrue(regulation.contains("(в редакции приказов от 01.09.2025 № 98-од, от 31.08.2026 № 162-од)"), regulation);
        String order = Files.readString(out.resolve("litsey-derzhava/amend-prikaz.html"))
                .replaceAll("<[^>]+>", " ").replace('\u00A0', ' ').replace("\u2060", "").replaceAll("\\s+", " ");
        assertTrue(order.contains("от 02.02.2024 № 125/1-од (далее — Положение), следующее изменение: в пункте 1.7 слова "
                + "«педагогическим советом» заменить словами «Управляющим советом»."), order);
        assertTrue(Files.readString(second).contains("      number: \"162-од\"\n      body: педагогический совет\n"),
                "the second edition's file records who adopted it: the council the edition in force named");
    }

    @Test
    void batchRefusesAnotherKindForThatInstitutionAlone() throws Exception {
        Path old = home.resolve("2024");
        Path now = home.resolve("2025");
        twoYears(old, now);
        Files.writeString(now.resolve("ktis.yaml"), Files.readString(Examples.profile("ktis"))
                .replace("kind: college", "kind: dop")
                + "\namend:\n  date: 2025-09-01\n  number: 12-о\n  protocol_date: 2025-08-29\n  protocol: \"1\"\n");
        Path out = home.resolve("out");
        Cli.Result r = Cli.run("batch", now.toString(), "--amend-from", old.toString(), "-o", out.toString(),
                "--format", "html", "--doc", "sferum/polozhenie");
        assertTrue(Files.isRegularFile(out.resolve("litsey-derzhava/amend-prikaz.html")), r.err());
        assertFalse(Files.exists(out.resolve("ktis/amend-prikaz.html")));
        assertTrue(r.err().contains("ktis") && r.err().contains("другое Положение"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        java.util.List<String> csv = Files.readAllLines(out.resolve("manifest.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("ktis,") && l.contains("failed")), String.join("\n", csv));
    }
}
