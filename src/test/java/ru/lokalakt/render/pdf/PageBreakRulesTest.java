package ru.lokalakt.render.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.BundledDocuments;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.generate.RenderedFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the PDF of every bundled file breaks its pages, read back from the words' positions: no page starts with
 * the last line of a paragraph (a widow) or with a signature torn from its text, no page ends with the first line
 * of a longer paragraph (an orphan) or with a heading or other bold line, no page is empty, and no line stands
 * below the bottom margin. The paragraphs are told apart as a reader sees them: a paragraph's first line is indented or centred,
 * its other lines start at the left margin.
 */
class PageBreakRulesTest {
    private static final PageLayout LAYOUT = PageLayout.standard(14);
    private static final double LEFT = LAYOUT.marginLeftMm() * 72 / 25.4;
    private static final double TOP = LAYOUT.marginTopMm() * 72 / 25.4;
    private static final double BOTTOM = (PageLayout.A4_HEIGHT_MM - LAYOUT.marginBottomMm()) * 72 / 25.4;
    /** A line of the examples' 14 pt text. */
    private static final double LINE = 16.1;
    private static final int SIZE = 14;

    /**
     * The words of one line: where it starts, the largest type on it, whether it is a signature's line (text at
     * both margins). Smaller type is a note or a table, not running text.
     */
    record Line(double x, double baseline, double size, boolean bold, boolean split, String text) {
        boolean running() {
            return !split && Math.abs(size - SIZE) < 0.1;
        }

        boolean continuation() {
            return running() && !bold && Math.abs(x - LEFT) < 1;
        }

        boolean start() {
            return running() && x > LEFT + 1;
        }

        /** How far the glyphs reach below the baseline: Liberation Serif's descent (443 of 2048 units). */
        double bottom() {
            return baseline + size * 443 / 2048.0;
        }
    }

    static Stream<String> examples() {
        return Examples.IDS.stream();
    }

    /** Every page's lines, top to bottom; the page number in the top margin is left out. */
    static List<List<Line>> pages(byte[] pdf) {
        List<List<Line>> pages = new ArrayList<>();
        List<PdfText.Word> words = new ArrayList<>(PdfText.words(pdf));
        words.sort(Comparator.comparingInt(PdfText.Word::page).thenComparingDouble(PdfText.Word::yMax)
                .thenComparingDouble(PdfText.Word::x));
        for (int page = 1; page <= PdfText.pages(pdf); page++) {
            List<Line> lines = new ArrayList<>();
            List<PdfText.Word> line = new ArrayList<>();
            for (PdfText.Word w : words) {
                if (w.page() != page || w.yMax() < TOP) {
                    continue;
                }
                if (!line.isEmpty() && Math.abs(line.get(0).yMax() - w.yMax()) > 1) {
                    lines.add(line(line));
                    line.clear();
                }
                line.add(w);
            }
            if (!line.isEmpty()) {
                lines.add(line(line));
            }
            pages.add(lines);
        }
        return pages;
    }

    private static Line line(List<PdfText.Word> words) {
        boolean split = false;
        for (int i = 1; i < words.size(); i++) {
            split |= words.get(i).x() - words.get(i - 1).xMax() > 100;
        }
        StringBuilder text = new StringBuilder();
        words.forEach(w -> text.append(text.length() == 0 ? "" : " ").append(w.text()));
        return new Line(words.get(0).x(), words.get(0).yMax(),
                words.stream().mapToDouble(PdfText.Word::size).max().orElse(0),
                words.stream().allMatch(PdfText.Word::bold), split, text.toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noWidowsNoOrphansNoHeadingAtAPageEndNothingBelowTheMargin(String id) {
        List<String> wrong = new ArrayList<>();
        int breaks = 0;
        for (Map.Entry<String, List<RenderedFile>> e : BundledDocuments.of(id, new PdfRenderer()).entrySet()) {
            List<List<Line>> pages = pages(e.getValue().get(0).bytes());
            String doc = e.getKey();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).isEmpty()) {
                    wrong.add(doc + ", с. " + (p + 1) + ": пустая страница");
                }
                boolean footer = false;
                for (Line l : pages.get(p)) {
                    // Page 1's footer, the note «В дело …» (ГОСТ Р 7.0.97: the lower field of the first sheet), lies
                    // in the bottom margin by design; the text above it ends higher.
                    footer |= p == 0 && l.text().startsWith("В дело");
                    if (!footer && l.bottom() > BOTTOM + 0.1) {
                        wrong.add(doc + ", с. " + (p + 1) + ": ниже поля: " + l.text());
                    }
                }
                if (p + 1 == pages.size() || pages.get(p).isEmpty() || pages.get(p + 1).isEmpty()) {
                    continue;
                }
                breaks++;
                List<Line> next = pages.get(p + 1);
                Line last = pages.get(p).get(pages.get(p).size() - 1);
                Line first = next.get(0);
                Line second = next.size() > 1 ? next.get(1) : null;
                String where = doc + ", с. " + (p + 1) + "/" + (p + 2) + ": ";
                if (last.bold() && last.running()) {
                    wrong.add(where + "страница кончается заголовком «" + last.text() + "»");
                }
                if (first.continuation() && (second == null || second.start()
                        || second.baseline() - first.baseline() > 1.3 * LINE)) {
                    wrong.add(where + "страница начинается последней строкой абзаца «" + first.text() + "»");
                }
                if (last.start() && first.continuation()) {
                    wrong.add(where + "страница кончается первой строкой абзаца «" + last.text() + "»");
                }
                // The regulation's approval block («ПРИНЯТО … УТВЕРЖДЕНО») opens its page in a bundle: it is no signature.
                if (first.split() && !first.text().startsWith("ПРИНЯТО") || first.text().startsWith("ДОКУМЕНТ ПОДПИСАН")) {
                    wrong.add(where + "подпись оторвана от текста: «" + first.text() + "»");
                }
            }
        }
        assertTrue(breaks >= 10, id + ": only " + breaks + " page breaks looked at");
        assertTrue(wrong.isEmpty(), id + ":\n" + String.join("\n", wrong));
    }
}
