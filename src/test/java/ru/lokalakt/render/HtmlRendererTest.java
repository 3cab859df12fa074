package ru.lokalakt.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Text;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.html.HtmlRenderer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML page says word for word what the DOCX says, with the same style names, numbers and marks. */
class HtmlRendererTest {
    static Stream<Arguments> examples() {
        return Examples.matrix();
    }

    private static Document document(String id, String doc) {
        return Examples.generator().document(Examples.load(id), doc);
    }

    private static String html(Document d) {
        return new String(new HtmlRenderer().render(d), StandardCharsets.UTF_8);
    }

    /** The visible text of the page's body: tags dropped, entities read back, as a browser shows it. */
    static String visibleText(String html) {
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        return main.replaceAll("<svg.*?</svg>", " ").replaceAll("<br>", " ")
                .replaceAll("<span class=\"nowrap\">([^<]*)</span>", "$1").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Words as a reader sees them: a no-break space separates, a non-breaking hyphen (U+2011) is a hyphen. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.replace('\u00A0', ' ').replace('\u2011', '-').split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHtmlSaysWhatTheDocxSaysWordForWord(String id, String doc) throws Exception {
        Document document = document(id, doc);
        List<String> docx = new ArrayList<>();
        for (DocxReader.Para p : DocxReader.paragraphs(new DocxRenderer().render(document))) {
            docx.addAll(words(p.text()));
        }
        List<String> labels = ClauseNumbering.labels(document);
        List<String> html = new ArrayList<>();
        int label = 0;
        List<String> shown = new ArrayList<>(words(visibleText(html(document))));
        // The note «В дело …» is page 1's footer in the DOCX, not its text: the page shows it once, after page 1.
        List<String> note = words(String.join("\n", document.pages().firstPageNoteLines()));
        if (!note.isEmpty()) {
            int at = java.util.Collections.indexOfSubList(shown, note);
            assertTrue(at > 0, "the note is shown: " + shown);
            shown.subList(at, at + note.size()).clear();
        }
        for (String w : shown) {
            if (label < labels.size() && w.equals(labels.get(label))) {
                label++;
            } else if (!w.equals("–") && !w.equals("•")) {
                html.add(w);
            }
        }
        assertEquals(labels.size(), label, "every clause number is printed, in order");
        assertEquals(docx, html);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyParagraphCarriesItsStyleAndTheSheetHasEveryStyle(String id, String doc) throws Exception {
        Document document = document(id, doc);
        String page = html(document);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ru-RU\">"), page.substring(0, 60));
        assertTrue(page.contains("<title>" + document.metadata().title().replace("«", "«") + "</title>")
                || page.contains("<title>"), "a title");
        for (Style s : Style.values()) {
            assertTrue(page.contains("." + s.id() + " { font-size: " + s.sizePt(document.layout()) + "pt"), s.id());
        }
        List<String> docxStyles = new ArrayList<>();
        for (DocxReader.Para p : DocxReader.paragraphs(new DocxRenderer().render(document))) {
            if (p.style() != null && !p.text().isBlank()) {
                docxStyles.add(p.style());
            }
        }
        // The stamp of an electronic signature is a part of the signature's line: a span of its own style.
        Matcher m = Pattern.compile("<(?:p|h2|li|table) class=\"(?:split )?([A-Za-z0-9]+)|<span class=\"("
                + Style.STAMP.id() + ")\"").matcher(page);
        List<String> htmlStyles = new ArrayList<>();
        while (m.find()) {
            htmlStyles.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertEquals(docxStyles.stream().distinct().sorted().toList(), htmlStyles.stream().distinct().sorted().toList());
        assertTrue(page.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"), "printed with the document's margins");
        assertArrayEquals(new HtmlRenderer().render(document), new HtmlRenderer().render(document(id, doc)), "deterministic");
    }

    @Test
    void valuesAreEscapedAndTheQrCodeIsDrawn() {
        String hostile = "<script>alert(1)</script> & «x»";
        Document d = new Document(new Metadata("t<", null, "a", LocalDate.of(2024, 1, 1), "ru-RU"),
                PageLayout.standard(14), List.of(new Paragraph(Style.BODY, List.of(Text.plain(hostile)))),
                new Document.Pages("https://school.example/docs/a.pdf", null));
        String page = html(d);
        assertFalse(page.contains("<script>"), page);
        assertTrue(visibleText(page).contains(hostile), page);
        assertTrue(page.contains("<svg class=\"qr\"") && page.contains("https://school.example/docs/a.pdf"), "QR code");
    }
}
