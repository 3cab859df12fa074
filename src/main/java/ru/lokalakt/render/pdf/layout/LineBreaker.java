package ru.lokalakt.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines the way Word and LibreOffice do: greedily, after a space or after a hyphen
 * between a letter or digit and a letter or digit (never at a no-break space, a non-breaking hyphen, inside a
 * number), each line as long as its
 * measured width allows, with 0.4 pt to spare (LibreOffice's measure of a nearly full line rounds the
 * other way often enough that a line that fits by less wraps there); a forced break ends a line where it stands. Spaces at the end of a line do not
 * count towards its width and are dropped.
 *
 * <p>OpenPDF breaks lines too, but sets a justified paragraph's last line with the spacing of the line before it
 * (its {@code lastBaseFactor}); knowing the lines, the renderer sets every full line justified on its own and the
 * last one, and any line ending in a forced break, with natural spaces, as Word does.
 */
public final class LineBreaker {
    /** A line fits if its width is at most the measure plus this: 0.4 pt less, as LibreOffice measures (see above). */
    private static final float TOLERANCE = -0.4f;
    /** U+2060: no line ends before or after it. */
    private static final char WORD_JOINER = '\u2060';

    /** Measures text in one run's font. */
    public interface Measure {
        float width(String text);
    }

    /** A run of text in one font; a null measure marks a forced line break. */
    public record Run<F>(String text, F font, Measure measure) {
        public static <F> Run<F> lineBreak() {
            return new Run<>("\n", null, null);
        }

        boolean forcedBreak() {
            return measure == null;
        }
    }

    /** One line: its runs (pieces of the input runs), and whether it ends the paragraph or a forced break. */
    public record Line<F>(List<Run<F>> runs, boolean last) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    private LineBreaker() {
    }

    /**
     * The lines of {@code runs}: the first no wider than {@code firstWidth}, the others than {@code width}
     * (points). A piece that is wider than a whole line stands alone on its line.
     */
    public static <F> List<Line<F>> lines(List<Run<F>> runs, float firstWidth, float width) {
        List<Line<F>> out = new ArrayList<>();
        List<Run<F>> segment = new ArrayList<>();
        for (Run<F> r : runs) {
            if (r.forcedBreak()) {
                breakSegment(segment, out.isEmpty() ? firstWidth : width, width, out, true);
                segment = new ArrayList<>();
            } else if (!r.text().isEmpty()) {
                segment.add(r);
            }
        }
        breakSegment(segment, out.isEmpty() ? firstWidth : width, width, out, false);
        if (!out.isEmpty()) {
            Line<F> end = out.get(out.size() - 1);
            out.set(out.size() - 1, new Line<>(end.runs(), true));
        }
        return out;
    }

    /** One stretch between forced breaks; its last line is «last» when a forced break ends it. */
    private static <F> void breakSegment(List<Run<F>> runs, float firstWidth, float width, List<Line<F>> out,
                                         boolean forced) {
        StringBuilder all = new StringBuilder();
        int[] runOf;
        List<Integer> starts = new ArrayList<>();
        for (Run<F> r : runs) {
            starts.add(all.length());
            all.append(r.text());
        }
        String text = all.toString();
        if (text.isEmpty()) {
            if (forced) {
                out.add(new Line<>(List.of(), true));
            }
            return;
        }
        runOf = new int[text.length()];
        for (int i = 0; i < runs.size(); i++) {
            int end = i + 1 < runs.size() ? starts.get(i + 1) : text.length();
            for (int k = starts.get(i); k < end; k++) {
                runOf[k] = i;
            }
        }
        int lineStart = 0;
        int lastFit = -1;
        float measure = firstWidth;
        for (int b = nextBreak(text, 0); b > 0; b = nextBreak(text, b)) {
            float w = width(runs, runOf, text, lineStart, trimEnd(text, lineStart, b));
            if (w <= measure + TOLERANCE || lastFit < 0) {
                lastFit = b;
                continue;
            }
            out.add(line(runs, runOf, text, lineStart, lastFit, false));
            lineStart = lastFit;
            measure = width;
            lastFit = -1;
            // The piece that did not fit starts the next line; it may not fit there either.
            w = width(runs, runOf, text, lineStart, trimEnd(text, lineStart, b));
            lastFit = b;
            if (w > measure + TOLERANCE) {
                out.add(line(runs, runOf, text, lineStart, b, false));
                lineStart = b;
                lastFit = -1;
            }
        }
        if (lineStart < text.length()) {
            out.add(line(runs, runOf, text, lineStart, text.length(), forced));
        } else if (forced && !out.isEmpty()) {
            Line<F> end = out.get(out.size() - 1);
            out.set(out.size() - 1, new Line<>(end.runs(), true));
        }
    }

    /**
     * The next place after {@code from} where a line may end, as Word breaks Russian text: after a space (spaces
     * stay with the line before), after a hyphen between letters or digits (информационно-|коммуникационной,
     * sad44-|sferum, СП 2.4.3648-|20, as LibreOffice breaks it); never at a no-break space, a non-breaking hyphen
     * (a phone number's, so it stays whole), next to a word joiner (after an e-mail or web address's hyphen or
     * slash: the address stays whole, as Word and LibreOffice keep it), inside a number. The text's end is the last
     * one; -1 after it.
     */
    static int nextBreak(String text, int from) {
        if (from >= text.length()) {
            return -1;
        }
        for (int i = from + 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            char at = text.charAt(i);
            if (at == WORD_JOINER || before == WORD_JOINER) {
                continue;
            }
            if (before == ' ' && at != ' ') {
                return i;
            }
            if ((before == '-' || before == '\u2010') && i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2))
                    && Character.isLetterOrDigit(at)) {
                return i;
            }
        }
        return text.length();
    }

    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** The stretches of [from, to) that lie in one run each: {run, start, end}. */
    private static List<int[]> slices(int[] runOf, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && runOf[j] == runOf[i]) {
                j++;
            }
            out.add(new int[] {runOf[i], i, j});
            i = j;
        }
        return out;
    }

    private static <F> float width(List<Run<F>> runs, int[] runOf, String text, int from, int to) {
        float w = 0;
        for (int[] s : slices(runOf, from, to)) {
            w += runs.get(s[0]).measure().width(text.substring(s[1], s[2]));
        }
        return w;
    }

    private static <F> Line<F> line(List<Run<F>> runs, int[] runOf, String text, int from, int to, boolean last) {
        List<Run<F>> pieces = new ArrayList<>();
        for (int[] s : slices(runOf, from, trimEnd(text, from, to))) {
            Run<F> run = runs.get(s[0]);
            pieces.add(new Run<>(text.substring(s[1], s[2]), run.font(), run.measure()));
        }
        return new Line<>(pieces, last);
    }
}
