package ru.lokalakt.render;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Text;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfRendererTest {
    static Stream<Arguments> examples() {
        return Examples.matrix();
    }

    private static Document document(String id, String doc) {
        return Examples.generator().document(Examples.load(id), doc);
    }

    /** The header of a page from 2 on: the bare number, or the running title with «страница N из M». */
    private static List<String> header(Document document, int page, int pages) {
        String title = document.pages().runningTitle();
        return title == null ? List.of(String.valueOf(page)) : tokens(title + " страница " + page + " из " + pages);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theNumberStandsAtTheTopOfEveryPageButTheFirst(String id, String doc) throws Exception {
        Document document = document(id, doc);
        byte[] pdf = new PdfRenderer().render(document);
        int pages = new PdfReader(pdf).getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            List<String> first = words(PdfText.text(pdf, page, page));
            if (page == 1) {
                assertFalse(first.get(0).equals("1"), "no number on page 1");
            } else {
                List<String> header = header(document, page, pages);
                assertEquals(header, first.subList(0, header.size()), "the number opens page " + page);
            }
        }
    }

    /**
     * Words in order. Hyphens inside words are dropped on both sides: text extraction may remove the hyphen of a word
     * broken at a line end, and a word may break there in one format and not in the other.
     */
    private static List<String> words(String text) {
        return joined(tokens(text));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.replace('\u00A0', ' ').split("[\\s\\f]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words broken at a hyphen at a line's or a page's end joined again. */
    private static List<String> joined(List<String> tokens) {
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String w : tokens) {
            String joined = pending + w;
            if (joined.length() > 1 && joined.endsWith("-")) {
                pending = joined;
                continue;
            }
            pending = "";
            out.add(joined.length() > 1 ? joined.replace("-", "") : joined);
        }
        if (!pending.isEmpty()) {
            out.add(pending.replace("-", ""));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pdfSaysWhatTheDocxSaysWordForWord(String id, String doc) throws Exception {
        Document document = document(id, doc);
        byte[] pdf = new PdfRenderer().render(document);
        // Requisites side by side (a borderless table of two cells) are read line by line across both cells in
        // the PDF; their words are compared as a set, everything else word for word in order.
        List<DocxReader.Para> paras = DocxReader.paragraphs(new DocxRenderer().render(document));
        List<List<String>> segments = new ArrayList<>();
        List<Boolean> ordered = new ArrayList<>();
        int lastTable = -2;
        for (DocxReader.Para para : paras) {
            boolean sideBySide = para.inTable() && !"TableText".equals(para.style());
            if (segments.isEmpty() || sideBySide != !ordered.get(ordered.size() - 1) || sideBySide && para.table() != lastTable) {
                segments.add(new ArrayList<>());
                ordered.add(!sideBySide);
            }
            segments.get(segments.size() - 1).addAll(words(para.text()));
            lastTable = para.table();
        }
        List<String> labels = ClauseNumbering.labels(document);
        List<String> pdfWords = new ArrayList<>();
        int pages = new PdfReader(pdf).getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            List<String> w = tokens(PdfText.text(pdf, page, page));
            if (page == 1) {
                assertFalse(w.get(0).equals("1"), "page 1 has no number");
                // The note «В дело …» is page 1's footer in the DOCX, not its text: it closes the PDF's page 1.
                List<String> note = tokens(String.join("\n", document.pages().firstPageNoteLines()));
                if (!note.isEmpty()) {
                    assertEquals(note, w.subList(w.size() - note.size(), w.size()), "the note ends page 1");
                    w = w.subList(0, w.size() - note.size());
                }
            } else {
                List<String> header = header(document, page, pages);
                assertEquals(header, w.subList(0, header.size()), "page " + page + " opens with its number");
                w = w.subList(header.size(), w.size());
            }
            pdfWords.addAll(w);
        }
        pdfWords = joined(pdfWords);
        // What Word draws itself (clause numbers, list marks) is in the PDF's text but not in the DOCX's.
        List<String> pdfText = new ArrayList<>();
        int label = 0;
        for (String w : pdfWords) {
            if (label < labels.size() && w.equals(labels.get(label))) {
                label++;
            } else if (!w.equals("–") && !w.equals("•")) {
                pdfText.add(w);
            }
        }
        assertEquals(labels.size(), label, "every clause number is printed, in order");
        List<String> docxWords = new ArrayList<>();
        List<String> pdfInDocxOrder = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < segments.size(); i++) {
            List<String> segment = segments.get(i);
            List<String> taken = pdfText.subList(Math.min(at, pdfText.size()), Math.min(at + segment.size(), pdfText.size()));
            if (ordered.get(i)) {
                pdfInDocxOrder.addAll(taken);
            } else {
                assertEquals(segment.stream().sorted().toList(), taken.stream().sorted().toList(), "side by side");
                pdfInDocxOrder.addAll(segment);
            }
            docxWords.addAll(segment);
            at += segment.size();
        }
        assertEquals(docxWords.size(), pdfText.size(), firstDifference(docxWords, pdfText));
        assertEquals(docxWords, pdfInDocxOrder, firstDifference(docxWords, pdfInDocxOrder));
        assertTrue(String.join(" ", pdfText).matches(".*[а-яё].*"), "Cyrillic extracts as Cyrillic");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void fontsEmbeddedBookmarksInfoAndIdenticalBytes(String id, String doc) throws Exception {
        Document document = document(id, doc);
        byte[] pdf = new PdfRenderer().render(document);
        assertArrayEquals(pdf, new PdfRenderer().render(document(id, doc)));
        PdfReader reader = new PdfReader(pdf);
        int fonts = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                fonts++;
                assertTrue(d.contains(PdfName.FONTFILE2), "font embedded: " + d.get(PdfName.FONTNAME));
                assertTrue(d.get(PdfName.FONTNAME).toString().contains("LiberationSerif"));
            }
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))
                    && PdfName.TYPE0.equals(d.get(PdfName.SUBTYPE))) {
                assertEquals(new PdfName("Identity-H"), d.get(PdfName.ENCODING));
            }
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))) {
                assertFalse(String.valueOf(d.get(PdfName.BASEFONT)).contains("Helvetica"), "no Helvetica fallback");
            }
        }
        assertTrue(fonts >= 1);
        List<String> sections = new ArrayList<>();
        List<String> labels = ClauseNumbering.labels(document);
        int n = 0;
        for (Block b : document.blocks()) {
            if (b instanceof Section s) {
                sections.add(labels.get(n) + " " + Inlines.plainText(s.title()));
            }
            n += countNumbered(b);
        }
        List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
        List<String> titles = marks == null ? List.of() : marks.stream().map(m -> (String) m.get("Title")).toList();
        assertEquals(sections, titles);
        Map<String, String> info = new HashMap<>(reader.getInfo());
        assertEquals(document.metadata().title(), info.get("Title"));
        assertEquals(document.metadata().author(), info.get("Author"));
        assertTrue(info.get("CreationDate").startsWith("D:" + document.metadata().date().toString().replace("-", "")));
        assertEquals("ru-RU", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        int from = Math.max(0, i - 5);
        return "first difference at word " + i + ": DOCX " + expected.subList(from, Math.min(expected.size(), i + 5))
                + " PDF " + actual.subList(from, Math.min(actual.size(), i + 5));
    }

    private static int countNumbered(Block b) {
        if (b instanceof Section s) {
            return 1 + s.blocks().stream().mapToInt(PdfRendererTest::countNumbered).sum();
        }
        if (b instanceof ru.lokalakt.document.Clause c) {
            return 1 + c.blocks().stream().mapToInt(PdfRendererTest::countNumbered).sum();
        }
        return 0;
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorThatNamesIt() {
        Document d = new Document(new Metadata("t", null, "a", LocalDate.of(2024, 1, 1), "ru-RU"),
                PageLayout.standard(14), List.of(new Paragraph(Style.BODY, List.of(Text.plain("Смайлик \uD83D\uDE00 тут")))));
        RenderException e = assertThrows(RenderException.class, () -> new PdfRenderer().render(d));
        assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
        assertTrue(e.getMessage().contains("Смайлик"), e.getMessage());
    }
}
