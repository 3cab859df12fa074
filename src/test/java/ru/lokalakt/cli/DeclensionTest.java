package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.template.TemplateModelBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `lokalakt decline` and phrases typed as plain strings, declined in the documents from the dictionary. */
@org.junit.jupiter.api.extension.ExtendWith(ProgramHome.class)
class DeclensionTest {
    @TempDir
    Path home;


    @Test
    void declinePrintsSixFormsOnePerLineWithTheirCaseKeys() {
        Cli.Result r = Cli.run("decline", "Управляющий совет");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(String.join("\n", "nom\tУправляющий совет", "gen\tУправляющего совета", "dat\tУправляющему совету",
                "acc\tУправляющий совет", "ins\tУправляющим советом", "pre\tУправляющем совете", ""),
                r.out().replace("\r\n", "\n"));
    }

    @Test
    void declineWithACasePrintsThatFormAloneAndAnimateChangesTheAccusative() {
        Cli.Result gen = Cli.run("decline", "педагог-организатор", "--case", "gen");
        assertEquals("педагога-организатора", gen.out().strip());
        assertEquals("педагог-организатор", Cli.run("decline", "педагог-организатор", "--case", "acc").out().strip());
        assertEquals("педагога-организатора",
                Cli.run("decline", "педагог-организатор", "--case", "acc", "--animate").out().strip());
        assertEquals("Перми", Cli.run("decline", "  Пермь ", "--case", "pre").out().strip());
    }

    @Test
    void aWrongCaseOrAnEmptyPhraseIsAUsageErrorInRussian() {
        Cli.Result bad = Cli.run("decline", "совет", "--case", "genitive");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().contains("неизвестный падеж «genitive»"), bad.err());
        Cli.Result empty = Cli.run("decline", " ");
        assertEquals(ExitCode.USAGE, empty.code());
        assertTrue(empty.err().contains("пустое словосочетание"), empty.err());
        assertFalse(empty.err().contains("Exception"), empty.err());
    }

    @Test
    void aSchoolWhoseRegulationIsAcceptedByItsGoverningCouncilSaysSoInEverySlot() throws Exception {
        String text = Files.readString(Examples.profile("litsey-derzhava"));
        assertTrue(text.contains("approval:\n  form: order"), "the example's approval block");
        Path profile = home.resolve("litsey.yaml");
        Files.writeString(profile, text.replace("approval:\n  form: order", "approval:\n  body: Управляющий совет\n  form: order"));
        Cli.Result r = Cli.run("generate", profile.toString(), "-o", home.resolve("out").toString(), "--format", "pdf");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String regulation = PdfText.text(Files.readAllBytes(home.resolve("out/litsey-derzhava/sferum-polozhenie.pdf")))
                .replace('\u00A0', ' ').replaceAll("\\s+", " ");
        // The stamp's two columns interleave in the text layer: «ПРИНЯТО УТВЕРЖДЕНО Управляющим советом …».
        assertTrue(regulation.contains("Управляющим советом"), "the consideration mark names the body that adopted it");
        assertTrue(regulation.contains("принимается Управляющим советом"), "clause 1.7");
        String order = PdfText.text(Files.readAllBytes(home.resolve("out/litsey-derzhava/sferum-prikaz.pdf")))
                .replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertTrue(order.contains("принятое Управляющим советом"), "the order's approving clause");
    }

    @Test
    void aKindergartenInPermWrittenAsAPlainStringGetsTheCityAndItsForms() throws Exception {
        String text = Files.readString(Examples.profile("detsad-44"));
        assertTrue(text.contains("  city: Пермь\n"), "the example writes its city as a plain string");
        Map<String, Object> model = TemplateModelBuilder.build(new ProfileLoader().load(Examples.profile("detsad-44")));
        @SuppressWarnings("unchecked")
        Map<String, Object> city = (Map<String, Object>) ((Map<String, Object>) model.get("institution")).get("city");
        assertEquals("Перми", city.get("gen"));
        assertEquals("Пермью", city.get("ins"));
        assertEquals("Перми", city.get("pre"));
        Cli.Result r = Cli.run("generate", Examples.profile("detsad-44").toString(), "-o", home.resolve("out").toString(),
                "--format", "pdf");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String order = PdfText.text(Files.readAllBytes(home.resolve("out/detsad-44/sferum-prikaz.pdf")))
                .replace('\u00A0', ' ');
        assertTrue(order.contains("г. Пермь"), "the place of the order");
    }
}
