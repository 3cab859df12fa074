package ru.lokalakt.generate;

import ru.lokalakt.document.diff.Change;
import ru.lokalakt.document.diff.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of an amending order carried out on the text in force, as a clerk would: each in turn, on the text
 * the points before it left, finding units by the numbers they have at that moment. Written apart from the
 * program's own check, with its own numbering.
 */
final class ApplyChanges {
    private ApplyChanges() {
    }

    static List<Unit> apply(List<Unit> text, List<Change> changes) {
        List<Unit> w = new ArrayList<>(text);
        for (Change c : changes) {
            if (c instanceof Change.Whole whole) {
                w = new ArrayList<>(whole.units());
            } else if (c instanceof Change.Everywhere e) {
                for (int i = 0; i < w.size(); i++) {
                    List<String> ps = new ArrayList<>();
                    for (String p : w.get(i).paragraphs()) {
                        ps.add(everywhere(p, e.pairs()));
                    }
                    w.set(i, new Unit(w.get(i).kind(), w.get(i).level(), ps));
                }
            } else if (c instanceof Change.Words words) {
                int i = at(w, words.kind(), words.label());
                List<String> ps = new ArrayList<>(w.get(i).paragraphs());
                String p = ps.get(words.paragraph());
                int first = p.indexOf(words.from());
                if (first < 0 || p.indexOf(words.from(), first + 1) >= 0) {
                    throw new AssertionError("«" + words.from() + "» must stand once in " + words.label() + ": " + p);
                }
                String left = p.substring(0, first);
                String right = p.substring(first + words.from().length());
                if (words.to().isEmpty()) {
                    // «слова … исключить»: the words go, and the space that separated them from the text
                    if (right.startsWith(" ")) {
                        right = right.substring(1);
                    } else if (left.endsWith(" ")) {
                        left = left.substring(0, left.length() - 1);
                    }
                }
                ps.set(words.paragraph(), left + words.to() + right);
                w.set(i, new Unit(w.get(i).kind(), w.get(i).level(), ps));
            } else if (c instanceof Change.ParagraphsRemove r) {
                int i = at(w, r.kind(), r.label());
                List<String> ps = new ArrayList<>(w.get(i).paragraphs());
                if (r.paragraph() == 0) {
                    throw new AssertionError("the clause's own text is not removed as a paragraph");
                }
                for (int k = 0; k < r.count(); k++) {
                    ps.remove(r.paragraph());
                }
                w.set(i, new Unit(w.get(i).kind(), w.get(i).level(), ps));
            } else if (c instanceof Change.ParagraphsAdd a) {
                int i = at(w, a.kind(), a.label());
                List<String> ps = new ArrayList<>(w.get(i).paragraphs());
                ps.addAll(a.after() + 1, a.texts());
                w.set(i, new Unit(w.get(i).kind(), w.get(i).level(), ps));
            } else if (c instanceof Change.Paragraph par) {
                int i = at(w, par.kind(), par.label());
                List<String> ps = new ArrayList<>(w.get(i).paragraphs());
                ps.set(par.paragraph(), par.text());
                w.set(i, new Unit(w.get(i).kind(), w.get(i).level(), ps));
            } else if (c instanceof Change.Restate r) {
                w.set(at(w, r.kind(), r.label()), r.unit());
            } else if (c instanceof Change.Remove r) {
                int i = at(w, r.kind(), r.label());
                int last = at(w, r.kind(), r.last());
                int level = w.get(i).level();
                int end = last + 1;
                while (end < w.size() && w.get(end).kind() != Unit.Kind.TITLE && w.get(end).level() > level) {
                    end++;
                }
                w.subList(i, end).clear();
                checkRenumbering(r.renumbered(), w);
            } else if (c instanceof Change.Add a) {
                int i = a.afterKind() == null ? 0 : at(w, a.afterKind(), a.afterLabel()) + 1;
                while (i < w.size() && w.get(i).kind() != Unit.Kind.TITLE && w.get(i).level() > a.units().get(0).level()) {
                    i++;
                }
                w.addAll(i, a.units());
                List<String> labels = numbers(w);
                for (int k = 0; k < a.units().size(); k++) {
                    if (!labels.get(i + k).equals(a.labels().get(k))) {
                        throw new AssertionError("the order numbers the new unit " + a.labels().get(k) + ", the text "
                                + labels.get(i + k));
                    }
                }
                checkRenumbering(a.renumbered(), w);
            }
        }
        return w;
    }

    /** What the order says is renumbered must be what now stands there. */
    private static void checkRenumbering(List<Change.Renumber> list, List<Unit> w) {
        List<String> labels = numbers(w);
        for (Change.Renumber r : list) {
            boolean first = false;
            boolean last = false;
            for (int i = 0; i < w.size(); i++) {
                first |= w.get(i).kind() == r.kind() && labels.get(i).equals(r.toFirst());
                last |= w.get(i).kind() == r.kind() && labels.get(i).equals(r.toLast());
            }
            if (!first || !last) {
                throw new AssertionError("renumbered to " + r.toFirst() + "–" + r.toLast() + " but no such units");
            }
        }
    }

    private static String everywhere(String text, List<Change.Pair> pairs) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < text.length()) {
            Change.Pair best = null;
            for (Change.Pair p : pairs) {
                if (text.startsWith(p.from(), i) && (best == null || p.from().length() > best.from().length())
                        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (i + p.from().length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + p.from().length())))) {
                    best = p;
                }
            }
            if (best != null) {
                out.append(best.to());
                i += best.from().length();
                continue outer;
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    private static int at(List<Unit> w, Unit.Kind kind, String label) {
        List<String> labels = numbers(w);
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).kind() == kind && labels.get(i).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("the order names " + kind + " " + label + ", which the text does not have");
    }

    /** Section and clause numbers: one counter per level, deeper ones reset. */
    static List<String> numbers(List<Unit> w) {
        int[] counters = new int[8];
        List<String> out = new ArrayList<>();
        for (Unit u : w) {
            if (u.kind() == Unit.Kind.TITLE) {
                out.add("");
                continue;
            }
            counters[u.level()]++;
            java.util.Arrays.fill(counters, u.level() + 1, counters.length, 0);
            StringBuilder s = new StringBuilder();
            for (int l = 0; l <= u.level(); l++) {
                s.append(l == 0 ? "" : ".").append(counters[l]);
            }
            out.add(s.toString());
        }
        return out;
    }
}
