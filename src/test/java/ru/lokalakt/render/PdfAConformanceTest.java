package ru.lokalakt.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import ru.lokalakt.Examples;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** PDF/A-1b is proven by veraPDF, not assumed. */
class PdfAConformanceTest {
    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> examples() {
        return Examples.matrix();
    }

    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsPdfA1b(String id, String doc) throws Exception {
        byte[] pdf = new PdfRenderer().render(Examples.generator().document(Examples.load(id), doc));
        assertEquals(List.of(), failures(pdf));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void withoutPdfATheValidatorObjects(String id, String doc) throws Exception {
        byte[] pdf = new PdfRenderer(false).render(Examples.generator().document(Examples.load(id), doc));
        assertFalse(failures(pdf).isEmpty(), "the check can fail: a plain PDF is not PDF/A");
    }
}
