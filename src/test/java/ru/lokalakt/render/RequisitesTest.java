package ru.lokalakt.render;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.Test;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.PdfText.Word;
import ru.lokalakt.document.Document;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each requisite in its place (ГОСТ Р 7.0.97), in the PDF by word positions and in the DOCX by structure. */
class RequisitesTest {
    private static final double PAGE_WIDTH = 595.3;
    private static final double PAGE_HEIGHT = 841.9;

    private static List<Word> words(byte[] pdf) {
        return PdfText.words(pdf);
    }

    private static Word find(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElse(null);
    }

    private static Document document(String id, String doc) {
        return Examples.generator().document(Examples.load(id), doc);
    }

    @Test
    void approvalStampAtTheRightConsiderationAtTheLeftBothAtTheTopOfPageOne() throws Exception {
        for (String id : Examples.IDS) {
            List<Word> words = words(new PdfRenderer().render(document(id, "sferum/polozhenie")));
            Word stamp = words.stream().filter(w -> w.text().startsWith("УТВЕРЖД")).findFirst().orElseThrow();
            Word accepted = find(words, "ПРИНЯТО");
            assertEquals(1, stamp.page());
            assertTrue(stamp.x() > PAGE_WIDTH / 2 && stamp.y() < PAGE_HEIGHT / 4, id + ": " + stamp);
            assertNotNull(accepted, id);
            assertTrue(accepted.x() < PAGE_WIDTH / 3 && Math.abs(accepted.y() - stamp.y()) < 2, id + ": " + accepted);
            Word title = find(words, "ПОЛОЖЕНИЕ");
            List<Word> line = words.stream().filter(w -> w.page() == 1 && Math.abs(w.y() - title.y()) < 1).toList();
            double left = line.stream().mapToDouble(Word::x).min().orElseThrow();
            double right = line.stream().mapToDouble(Word::xMax).max().orElseThrow();
            double textCentre = (85.04 + PAGE_WIDTH - 42.52) / 2;
            assertTrue(title.y() > stamp.y() && Math.abs((left + right) / 2 - textCentre) < 3,
                    id + ": the title is centred below the stamps: " + line);
        }
    }

    @Test
    void theOpinionOfParentsIsNotedUnderTheConsideration() throws Exception {
        java.util.Map<String, Object> opinion = new java.util.LinkedHashMap<>();
        opinion.put("body", "совет родителей");
        opinion.put("date", "2024-01-30");
        opinion.put("protocol", "3");
        ru.lokalakt.profile.Profile profile = Examples.load("litsey-derzhava").with("approval.opinions",
                List.of(opinion), new ru.lokalakt.profile.Location(Path.of("test"), 1, 1));
        Document d = Examples.generator().document(profile, "sferum/polozhenie");
        List<Word> words = words(new PdfRenderer().render(d));
        Word noted = find(words, "УЧТЕНО");
        Word accepted = find(words, "ПРИНЯТО");
        assertTrue(noted.page() == 1 && noted.y() > accepted.y() && Math.abs(noted.x() - accepted.x()) < 1, noted.toString());
        String docx = DocxReader.text(new DocxRenderer().render(d));
        assertTrue(docx.contains("УЧТЕНО\nмнение совета родителей\n(протокол от\u00A030.01.2024 №\u00A03)"), docx);
    }

    @Test
    void executorAtTheBottomOfTheOrdersLastPageSignatureOnOneLine() throws Exception {
        List<Word> words = words(new PdfRenderer().render(document("litsey-derzhava", "sferum/prikaz")));
        Word position = find(words, "Директор");
        Word executor = words.stream().filter(w -> w.text().equals("Павлинчук") && w.page() == position.page())
                .max(java.util.Comparator.comparingDouble(Word::y)).orElseThrow();
        // «В дело …» stands in the lower field of the first page, at the left, below where page 1's text ends.
        Word toFile = words.stream().filter(w -> w.text().equals("дело")).findFirst().orElseThrow();
        Word lastOfPage1 = words.stream().filter(w -> w.page() == 1 && w.y() < toFile.y())
                .max(java.util.Comparator.comparingDouble(Word::yMax)).orElseThrow();
        assertTrue(toFile.page() == 1 && toFile.x() < 130 && toFile.y() > PAGE_HEIGHT - 30 * 72 / 25.4
                && lastOfPage1.yMax() < toFile.y() - 10, "«В дело» at the foot of page 1: " + toFile + ", text ends " + lastOfPage1);
        // In the DOCX the same note is the first page's footer, not a paragraph under the signature.
        byte[] docx = new DocxRenderer().render(document("litsey-derzhava", "sferum/prikaz"));
        String footer;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            String found = null;
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/footer1.xml")) {
                    found = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            footer = found;
        }
        footer = footer == null ? null : footer.replace('\u00A0', ' ').replace("\u2060", "");
        assertTrue(footer != null && footer.contains("В дело 01-06 за 2024") && footer.contains("Павлинчук"), String.valueOf(footer));
        assertFalse(DocxReader.text(docx).contains("В дело"), "not in the text under the signature");
        Word name = find(words, "Копылова");
        assertEquals(position.page(), executor.page(), "on the page where the text ends");
        // The note's last line ends at the bottom margin (20 mm), as Word sets a frame anchored there.
        Word lowest = words.stream().filter(w -> w.page() == executor.page())
                .max(java.util.Comparator.comparingDouble(Word::yMax)).orElseThrow();
        double bottom = PAGE_HEIGHT - 20 * 72 / 25.4;
        assertTrue(executor.x() < 100 && lowest.yMax() < bottom && lowest.yMax() > bottom - 4, "bottom left: " + executor
                + ", last line " + lowest);
        assertTrue(Math.abs(position.y() - name.y()) < 1 && name.xMax() > PAGE_WIDTH - 60, position + " " + name);
        Word sheet = find(words, "ознакомления");
        assertTrue(sheet.page() > executor.page(), "the acknowledgement sheet starts a new page");

        WordprocessingMLPackage pkg = DocxReader.open(new DocxRenderer().render(document("litsey-derzhava", "sferum/prikaz")));
        List<Object> body = pkg.getMainDocumentPart().getContent();
        P executorParagraph = body.stream().filter(o -> o instanceof P p && ru.lokalakt.DocxReaderText.of(p).startsWith("Павлинчук"))
                .map(o -> (P) o).findFirst().orElseThrow();
        assertEquals("bottom", executorParagraph.getPPr().getFramePr().getYAlign().value(), "a frame at the bottom margin");
        Tbl sheetTable = (Tbl) body.stream().map(o -> o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o)
                .filter(o -> o instanceof Tbl t && org.docx4j.TextUtils.getText(t).contains("Подпись")).findFirst().orElseThrow();
        assertEquals(9, sheetTable.getContent().size(), "a header row and eight rows for signatures");
    }

    @Test
    void electronicSignatureIsFramedInBothFormats() throws Exception {
        // The order is signed electronically; the regulation it approves carries «УТВЕРЖДЕНО приказом …», no signature.
        Document d = document("detsad-44", "sferum/prikaz");
        WordprocessingMLPackage pkg = DocxReader.open(new DocxRenderer().render(d));
        var stamp = pkg.getMainDocumentPart().getStyleDefinitionsPart().getStyleById("Stamp");
        assertNotNull(stamp.getPPr().getPBdr().getTop(), "the stamp style has a frame");
        assertTrue(DocxReader.paragraphs(new DocxRenderer().render(d)).stream()
                .anyMatch(p -> "Stamp".equals(p.style()) && p.text().startsWith("ДОКУМЕНТ ПОДПИСАН")));
        List<Word> words = words(new PdfRenderer().render(d));
        Word certificate = find(words, "722671968566237128169706768058107758750791459340");
        assertNotNull(certificate, "the certificate number stays on one line");
        Word position = find(words, "Заведующий");
        Word name = find(words, "Петрова");
        assertTrue(certificate.page() == position.page() && certificate.x() > position.xMax() && certificate.xMax() < name.x()
                && Math.abs((certificate.y() + certificate.yMax()) / 2 - (position.y() + position.yMax()) / 2) < 20,
                "in the signature's place, between the position and the name: " + certificate + " " + position + " " + name);
    }
}
