package ru.lokalakt.render.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.document.PageLayout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word positions in every regulation's PDF: a justified line that is not a paragraph's last reaches the right
 * margin within 0.5 pt; a last line (short of the margin) keeps natural spaces, no gap wider than 1.3 × the
 * font's space. From page 2 on a regulation is running text only, so every line there is one or the other.
 */
class JustifiedLinesTest {
    /** Liberation Serif's space is 512/2048 em: 3.5 pt at the examples' 14 pt. */
    private static final double SPACE = 14 * 0.25;

    /** Two parts at the two margins, as a signature line: far more apart than any justified gap. */
    private static boolean split(List<PdfText.Word> words) {
        List<PdfText.Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(PdfText.Word::x));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).x() - sorted.get(i - 1).xMax() > 100) {
                return true;
            }
        }
        return false;
    }

    static Stream<String> examples() {
        return Examples.IDS.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void fullLinesReachTheMarginAndLastLinesKeepNaturalSpaces(String id) {
        byte[] pdf = new PdfRenderer().render(Examples.generator().document(Examples.load(id), "sferum/polozhenie"));
        PageLayout layout = PageLayout.standard(14);
        double margin = (PageLayout.A4_WIDTH_MM - layout.marginRightMm()) * 72 / 25.4;
        Map<String, List<PdfText.Word>> lines = new TreeMap<>();
        for (PdfText.Word w : PdfText.words(pdf)) {
            if (w.page() >= 2 && w.y() > 60 && w.y() < 800) {
                lines.computeIfAbsent(String.format("%03d:%07.1f", w.page(), w.y()), k -> new ArrayList<>()).add(w);
            }
        }
        // A paragraph's line is its last when the line after it does not start at the left margin: the next
        // paragraph begins with its first-line indent, a heading is centred. Continuation lines start at the margin.
        double left = layout.marginLeftMm() * 72 / 25.4;
        List<List<PdfText.Word>> ordered = new ArrayList<>(lines.values());
        int full = 0;
        int last = 0;
        List<String> wrong = new ArrayList<>();
        List<String> keys = new ArrayList<>(lines.keySet());
        for (int k = 0; k < ordered.size(); k++) {
            List<PdfText.Word> words = ordered.get(k);
            words.sort(Comparator.comparingDouble(PdfText.Word::x));
            if (split(words)) {
                continue; // a signature line: its two parts stand at the margins, not a paragraph's line
            }
            boolean isLast = k + 1 == ordered.size() || split(ordered.get(k + 1))
                    || ordered.get(k + 1).stream().mapToDouble(PdfText.Word::x).min().orElse(left) > left + 1;
            double right = words.get(words.size() - 1).xMax();
            double widest = 0;
            for (int i = 1; i < words.size(); i++) {
                widest = Math.max(widest, words.get(i).x() - words.get(i - 1).xMax());
            }
            String text = words.stream().map(PdfText.Word::text).reduce((a, b) -> a + " " + b).orElse("");
            if (!isLast) {
                full++;
                if (Math.abs(right - margin) > 0.5) {
                    wrong.add(keys.get(k) + " ends at " + Math.round(right * 10) / 10.0 + ": " + text);
                }
            } else if (words.size() > 1) {
                last++;
                if (widest > 1.3 * SPACE) {
                    wrong.add(keys.get(k) + " last line with a gap of " + Math.round(widest * 10) / 10.0 + ": " + text);
                }
            }
        }
        assertTrue(full > 20 && last > 5, id + ": " + full + " full lines, " + last + " last lines");
        assertTrue(wrong.isEmpty(), id + ":\n" + String.join("\n", wrong));
    }
}
