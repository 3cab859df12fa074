package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model (типовые) documents: every missing institution fact is a blank with a hint, never an error. */
class ModelDocumentsTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        return Cli.run(args).code();
    }

    @Test
    void aRegionGivesModelDocumentsForEveryKindWithBlanksAndHints() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run("generate", "--model", Examples.PROFILES.resolve("regions/permskiy-kray.yaml").toString(),
                "-o", out.toString()));
        for (String kind : new String[]{"school", "kindergarten", "college"}) {
            Path folder = out.resolve("model-permskiy-kray-" + kind);
            String order = DocxReader.text(Files.readAllBytes(folder.resolve("sferum-prikaz.docx")));
            assertTrue(order.contains("________________ (полное наименование организации)"), order);
            assertTrue(order.contains("№\u00A0________________ (номер)"), order);
            assertTrue(order.contains("АИС\u00A0«ЭПОС»"), "the region's facts are filled in: " + order);
            assertFalse(order.contains("\uE000") || order.contains("\uE001"), "no marker leaks into the text");
            String regulation = DocxReader.text(Files.readAllBytes(folder.resolve("sferum-polozhenie.docx")));
            assertTrue(regulation.contains("протокол от\u00A0________________ (дата)"), regulation);
            assertTrue(Files.size(folder.resolve("sferum-polozhenie.pdf")) > 10_000);
        }
        String kindergarten = DocxReader.text(Files.readAllBytes(out.resolve("model-permskiy-kray-kindergarten/sferum-polozhenie.docx")));
        assertTrue(kindergarten.contains("Воспитатель координирует"), "each kind keeps its own terms");
    }

    @Test
    void aBatchInModelModeTurnsMissingFactsIntoBlanks() throws Exception {
        Path profiles = dir.resolve("profiles");
        Files.createDirectories(profiles);
        Files.writeString(profiles.resolve("no-city.yaml"), String.join("\n",
                "extends:", "  - " + Examples.PROFILES.resolve("kinds/school.yaml"),
                "  - " + Examples.PROFILES.resolve("regions/kaluzhskaya-oblast.yaml"),
                "id: no-city", "institution:", "  full_name: Муниципальное бюджетное общеобразовательное учреждение «Школа № 7»",
                "  short_name: МБОУ «Школа № 7»", ""));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.INVALID_INPUT, run("batch", profiles.toString(), "-o", out.resolve("strict").toString(),
                "--format", "docx"));
        assertEquals(ExitCode.OK, run("batch", profiles.toString(), "-o", out.resolve("model").toString(),
                "--format", "docx", "--model"));
        String order = DocxReader.text(Files.readAllBytes(out.resolve("model/no-city/sferum-prikaz.docx")));
        assertTrue(order.contains("Муниципальное бюджетное общеобразовательное учреждение «Школа №\u00A07»"), order);
        assertTrue(order.contains("г.\u00A0________________ (населённый пункт)"), order);
    }
}
