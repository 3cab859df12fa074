package ru.lokalakt.document.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the points of an amending order do to a text, step by step: the check that the points written reproduce
 * the new text exactly before an order is issued.
 */
public final class Amendments {
    private Amendments() {
    }

    /** The text {@code units} becomes after every change in order. */
    public static List<Unit> apply(List<Unit> units, List<Change> changes) {
        List<Unit> w = new ArrayList<>(units);
        for (Change c : changes) {
            apply(w, c);
        }
        return w;
    }

    static void apply(List<Unit> w, Change change) {
        if (change instanceof Change.Everywhere e) {
            for (int i = 0; i < w.size(); i++) {
                Unit u = w.get(i);
                List<String> ps = new ArrayList<>();
                for (String p : u.paragraphs()) {
                    ps.add(replaceAll(p, e.pairs()));
                }
                w.set(i, new Unit(u.kind(), u.level(), ps));
            }
        } else if (change instanceof Change.Words words) {
            int i = find(w, words.kind(), words.label());
            Unit u = w.get(i);
            List<String> ps = new ArrayList<>(u.paragraphs());
            String p = ps.get(words.paragraph());
            int at = uniqueOccurrence(p, words.from());
            if (at < 0) {
                throw new IllegalStateException("«" + words.from() + "» is not once in " + words.label());
            }
            ps.set(words.paragraph(), replaceAt(p, at, words.from(), words.to()));
            w.set(i, new Unit(u.kind(), u.level(), ps));
        } else if (change instanceof Change.Paragraph p) {
            int i = find(w, p.kind(), p.label());
            Unit u = w.get(i);
            List<String> ps = new ArrayList<>(u.paragraphs());
            ps.set(p.paragraph(), p.text());
            w.set(i, new Unit(u.kind(), u.level(), ps));
        } else if (change instanceof Change.ParagraphsRemove r) {
            int i = find(w, r.kind(), r.label());
            Unit u = w.get(i);
            if (r.paragraph() < 1 || r.paragraph() + r.count() > u.paragraphs().size()) {
                throw new IllegalStateException("no paragraphs " + r.paragraph() + "+" + r.count() + " in " + r.label());
            }
            List<String> ps = new ArrayList<>(u.paragraphs());
            ps.subList(r.paragraph(), r.paragraph() + r.count()).clear();
            w.set(i, new Unit(u.kind(), u.level(), ps));
        } else if (change instanceof Change.ParagraphsAdd a) {
            int i = find(w, a.kind(), a.label());
            Unit u = w.get(i);
            if (a.after() < 0 || a.after() >= u.paragraphs().size()) {
                throw new IllegalStateException("no paragraph " + a.after() + " in " + a.label());
            }
            List<String> ps = new ArrayList<>(u.paragraphs());
            ps.addAll(a.after() + 1, a.texts());
            w.set(i, new Unit(u.kind(), u.level(), ps));
        } else if (change instanceof Change.Restate r) {
            w.set(find(w, r.kind(), r.label()), r.unit());
        } else if (change instanceof Change.Remove r) {
            int i = find(w, r.kind(), r.label());
            int last = find(w, r.kind(), r.last());
            if (last < i || w.get(last).level() != w.get(i).level()) {
                throw new IllegalStateException("no siblings " + r.label() + "–" + r.last());
            }
            w.subList(i, subtreeEnd(w, last)).clear();
        } else if (change instanceof Change.Add a) {
            int at = a.afterKind() == null ? 0 : find(w, a.afterKind(), a.afterLabel()) + 1;
            int level = a.units().get(0).level();
            while (at < w.size() && w.get(at).level() > level && w.get(at).kind() != Unit.Kind.TITLE) {
                at++;
            }
            w.addAll(at, a.units());
        } else if (change instanceof Change.Whole whole) {
            w.clear();
            w.addAll(whole.units());
        }
    }

    /** The end (exclusive) of unit {@code i} with the units nested in it. */
    static int subtreeEnd(List<Unit> w, int i) {
        int level = w.get(i).level();
        int end = i + 1;
        while (end < w.size() && w.get(end).kind() != Unit.Kind.TITLE && w.get(end).level() > level) {
            end++;
        }
        return end;
    }

    static int find(List<Unit> w, Unit.Kind kind, String label) {
        List<String> labels = Units.labels(w);
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).kind() == kind && labels.get(i).equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + kind + " " + label);
    }

    private static final String WORD = "[\\p{L}\\p{N}]";

    /** Every whole-word occurrence of each {@code from} replaced in one pass, longest first. */
    static String replaceAll(String text, List<Change.Pair> pairs) {
        List<Change.Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingInt((Change.Pair p) -> -p.from().length()));
        StringBuilder alternatives = new StringBuilder();
        for (Change.Pair p : sorted) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(p.from()));
        }
        Matcher m = Pattern.compile("(?<!" + WORD + ")(?:" + alternatives + ")(?!" + WORD + ")").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String to = sorted.stream().filter(p -> p.from().equals(found)).findFirst().orElseThrow().to();
            m.appendReplacement(out, Matcher.quoteReplacement(to));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code text} with {@code from}, standing at {@code at}, replaced by {@code to}; an empty {@code to} takes one
     * space beside the words with them (the one after, else the one before), as «слова … исключить» reads.
     */
    static String replaceAt(String text, int at, String from, String to) {
        int start = at;
        int end = at + from.length();
        if (to.isEmpty()) {
            if (end < text.length() && text.charAt(end) == ' ') {
                end++;
            } else if (start > 0 && text.charAt(start - 1) == ' ') {
                start--;
            }
        }
        return text.substring(0, start) + to + text.substring(end);
    }

    /** Where {@code part} stands in {@code text} if it stands there exactly once (as a reader sees it), else -1. */
    static int uniqueOccurrence(String text, String part) {
        int at = text.indexOf(part);
        return at >= 0 && text.indexOf(part, at + 1) < 0 ? at : -1;
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            boolean left = at == 0 || !isWord(text.charAt(at - 1));
            int end = at + part.length();
            boolean right = end == text.length() || !isWord(text.charAt(end));
            if (left && right) {
                n++;
            }
        }
        return n;
    }

    static boolean isWord(char ch) {
        return Character.isLetterOrDigit(ch);
    }
}
