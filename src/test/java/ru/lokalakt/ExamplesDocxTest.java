package ru.lokalakt;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Styles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.Section;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesDocxTest {
    private static final Pattern TYPED_NUMBER = Pattern.compile("^\\s*(\\d{1,3}\\.)+(\\d{1,3})?\\s|^\\s*\\d{1,3}\\)\\s");

    static Stream<Arguments> examples() {
        return Examples.matrix();
    }

    private static Document document(String id, String doc) {
        return Examples.generator().document(Examples.load(id), doc);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everySectionHeadingIsAWordHeadingInOrder(String id, String doc) throws Exception {
        Document document = document(id, doc);
        List<DocxReader.Para> paras = DocxReader.paragraphs(new DocxRenderer().render(document));
        List<String> expected = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof Section s) {
                expected.add(Inlines.plainText(s.title()));
            }
        }
        List<String> headings = paras.stream().filter(p -> "Heading1".equals(p.style())).map(DocxReader.Para::text).toList();
        assertEquals(expected, headings);
        if (doc.endsWith("polozhenie")) {
            assertEquals(List.of("Общие положения",
                    "Организация работы участников образовательных отношений в\u00A0ИКОП\u00A0«Сферум»",
                    "Права участников образовательных отношений",
                    "Обязанности участников образовательных отношений",
                    "Заключительные положения"), headings);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void clausesAreWordNumberingContinuousAndNeverTyped(String id, String doc) throws Exception {
        Document document = document(id, doc);
        List<DocxReader.Para> paras = DocxReader.paragraphs(new DocxRenderer().render(document));
        // Replay Word's multilevel counters over the numPr of each paragraph.
        int[] counters = new int[3];
        List<String> wordLabels = new ArrayList<>();
        List<String> topLevel = new ArrayList<>();
        for (DocxReader.Para p : paras) {
            assertFalse(TYPED_NUMBER.matcher(p.text()).find() && !p.inTable(), "typed number in: " + p.text());
            if (!p.numbered() || p.numId() != 1) {
                continue;
            }
            assertTrue(p.style().equals("Heading1") || p.style().equals("ListNumber"), p.style());
            counters[p.level()]++;
            for (int i = p.level() + 1; i < counters.length; i++) {
                counters[i] = 0;
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i <= p.level(); i++) {
                assertTrue(counters[i] > 0, "level " + i + " skipped before " + p.text());
                label.append(counters[i]).append('.');
            }
            wordLabels.add(label.toString());
            if (p.level() == 0) {
                topLevel.add(label.toString());
            }
        }
        assertFalse(wordLabels.isEmpty());
        for (int i = 0; i < topLevel.size(); i++) {
            assertEquals((i + 1) + ".", topLevel.get(i));
        }
        assertEquals(ClauseNumbering.labels(document), wordLabels, "PDF and Word must number alike");
        if (doc.endsWith("polozhenie")) {
            assertEquals("1.1.", wordLabels.get(1));
            assertEquals(5, topLevel.size());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void twoRunsGiveIdenticalBytes(String id, String doc) {
        byte[] first = new DocxRenderer().render(document(id, doc));
        Generator fresh = Examples.generator();
        byte[] second = new DocxRenderer().render(fresh.document(Examples.load(id), doc));
        assertArrayEquals(first, second);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stylesFontsPagesAndProperties(String id, String doc) throws Exception {
        Document document = document(id, doc);
        WordprocessingMLPackage pkg = DocxReader.open(new DocxRenderer().render(document));
        Styles styles = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();
        var rPr = styles.getDocDefaults().getRPrDefault().getRPr();
        assertEquals("Times New Roman", rPr.getRFonts().getAscii());
        // 14 pt (28 half-points) as the profile says; the notice for parents is one sheet in 12 pt.
        assertEquals(doc.equals("sferum/pamyatka") ? 24 : 28, rPr.getSz().getVal().intValue());
        for (String styleId : List.of("BodyText", "Heading1", "ListNumber", "ListBullet", "Title", "Approval")) {
            assertNotNull(pkg.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(styleId), styleId);
        }
        var sectPr = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertNotNull(sectPr.getTitlePg(), "page 1 has its own, empty header");
        assertEquals(11906, sectPr.getPgSz().getW().intValue());
        assertTrue(sectPr.getPgMar().getLeft().intValue() >= 1134 && sectPr.getPgMar().getRight().intValue() >= 567);
        var headers = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        String defaultHeader = org.docx4j.XmlUtils.marshaltoString(headers.getDefaultHeader().getJaxbElement());
        String firstHeader = org.docx4j.XmlUtils.marshaltoString(headers.getFirstHeader().getJaxbElement());
        assertTrue(defaultHeader.contains("PAGE"), "page number from page 2");
        assertFalse(firstHeader.contains("PAGE"), "no page number on page 1");
        var core = pkg.getDocPropsCorePart().getJaxbElement();
        assertEquals(document.metadata().author(), core.getCreator().getContent().get(0));
        assertEquals(document.metadata().title(), core.getTitle().getValue().getContent().get(0));
    }
}
