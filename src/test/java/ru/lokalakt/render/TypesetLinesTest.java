package ru.lokalakt.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.BundledDocuments;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.Synthetic;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.lint.Linter;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.russian.Words;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typesetting rules as a reader of the PDF meets them, over every file of every example ({@link BundledDocuments}:
 * each document, the bundle, the amending order) and every document of a made-up institution of each kind: read
 * back word by word with their positions, no line ends with a short word bound to the next, no e-mail or web address
 * is split between two lines, no quote stands in a quote of the same marks (the profiles nest them typographically),
 * no preposition с, к, в lacks the vowel its next word asks for.
 */
class TypesetLinesTest {
    @TempDir
    static Path dir;

    static Stream<String> profiles() {
        List<String> all = new ArrayList<>(Examples.IDS);
        for (int i = 1; i <= 4; i++) {
            all.add(String.format("inst-%04d", i));
        }
        return all.stream();
    }

    /** Made once per profile and format for all four checks. */
    private static final Map<String, Map<String, byte[]>> MADE = new java.util.HashMap<>();

    private static Map<String, byte[]> pdfs(String id) throws Exception {
        return made(id, new PdfRenderer());
    }

    /** The DOCX of every file made for {@code id}, as {@link #pdfs} has the PDF. */
    private static Map<String, byte[]> docxs(String id) throws Exception {
        return made(id, new ru.lokalakt.render.docx.DocxRenderer());
    }

    /** Every file made for {@code id} in the renderer's format: an example's, or a made-up institution's (kind by number). */
    private static synchronized Map<String, byte[]> made(String id, ru.lokalakt.render.Renderer renderer) throws Exception {
        String key = id + "." + renderer.extension();
        if (!MADE.containsKey(key)) {
            Map<String, byte[]> out = new LinkedHashMap<>();
            if (Examples.IDS.contains(id)) {
                BundledDocuments.of(id, renderer).forEach((doc, files) -> out.put(doc, files.get(0).bytes()));
            } else {
                Synthetic.write(dir, 4);
                Profile p = new ProfileLoader(Examples.PROFILES).load(dir.resolve(id + ".yaml"));
                for (RenderedFile f : Examples.generator(renderer).render(p, Examples.DOCUMENTS)) {
                    out.put(f.documentId(), f.bytes());
                }
            }
            MADE.put(key, out);
        }
        return MADE.get(key);
    }

    /**
     * The lines of a PDF, each its words left to right: a line ends where the baseline moves, the words run back
     * to the left, or a gap of more than four type sizes parts two columns of one row.
     */
    static List<List<PdfText.Word>> lines(byte[] pdf) {
        List<List<PdfText.Word>> out = new ArrayList<>();
        List<PdfText.Word> line = new ArrayList<>();
        PdfText.Word previous = null;
        for (PdfText.Word w : PdfText.words(pdf)) {
            if (previous != null && (previous.page() != w.page() || Math.abs(previous.yMax() - w.yMax()) > 1
                    || w.x() < previous.xMax() || w.x() - previous.xMax() > 4 * w.size())) {
                out.add(line);
                line = new ArrayList<>();
            }
            line.add(w);
            previous = w;
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    private static String text(List<PdfText.Word> line) {
        return String.join(" ", line.stream().map(PdfText.Word::text).toList());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void noLineEndsWithAShortWord(String id) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : pdfs(id).entrySet()) {
            for (List<PdfText.Word> line : lines(e.getValue())) {
                String last = line.get(line.size() - 1).text().replaceAll("^[«„(\\[]+", "");
                if (Words.bindsToNext(last)) {
                    found.add(e.getKey() + ", с. " + line.get(0).page() + ": «" + text(line) + "»");
                }
            }
        }
        assertEquals(List.of(), found, id);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void noAddressIsSplitBetweenLines(String id) throws Exception {
        List<String> found = new ArrayList<>();
        int addresses = 0;
        for (Map.Entry<String, byte[]> e : pdfs(id).entrySet()) {
            List<List<PdfText.Word>> lines = lines(e.getValue());
            for (int i = 0; i < lines.size(); i++) {
                for (PdfText.Word w : lines.get(i)) {
                    addresses += Words.ADDRESS.matcher(w.text()).find() ? 1 : 0;
                }
                if (i + 1 == lines.size()) {
                    continue;
                }
                String end = lines.get(i).get(lines.get(i).size() - 1).text();
                String start = lines.get(i + 1).get(0).text();
                Matcher m = Words.ADDRESS.matcher(end + start);
                while (m.find()) {
                    if (m.start() < end.length() && m.end() > end.length()) {
                        found.add(e.getKey() + ", с. " + lines.get(i).get(0).page() + ": «" + end + "» / «" + start + "»");
                    }
                }
            }
        }
        assertTrue(addresses > 0, "the documents give addresses: " + id);
        assertEquals(List.of(), found, id);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void quotesInQuotesTakeTheOtherMarks(String id) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : pdfs(id).entrySet()) {
            // The text as the DOCX of the same tree holds it, paragraph by paragraph and cell by cell: in the PDF's
            // text layer two columns of one row (the approval block, the letter's sender and addressee) interleave.
            List<String> texts = new ArrayList<>(List.of(ru.lokalakt.DocxReader.text(docxs(id).get(e.getKey()))));
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                texts.add(pdf.getDocumentInformation().getTitle());
                texts.add(pdf.getDocumentInformation().getSubject());
            }
            for (String text : texts) {
                int at = text == null ? -1 : Linter.sameQuotesNested(text);
                if (at >= 0) {
                    found.add(e.getKey() + ": «" + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)) + "»");
                }
            }
        }
        assertEquals(List.of(), found, id);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void prepositionsHaveTheirVowel(String id) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : pdfs(id).entrySet()) {
            String text = PdfText.text(e.getValue()).replace('\n', ' ');
            int at = Words.missingVowel(text);
            if (at >= 0) {
                found.add(e.getKey() + ": «" + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)) + "»");
            }
        }
        assertEquals(List.of(), found, id);
    }
}
