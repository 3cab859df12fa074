package ru.lokalakt.document.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes that turn one version of a regulation into another, as Russian legal drafting writes them:
 * <ol>
 *   <li>a phrase replaced all through the text (a messenger, a name) is one point, in every case at once, when the
 *       profiles say which phrases changed ({@code phrases}: each group the six forms of one phrase, old → new);</li>
 *   <li>then, unit by unit in the order of the text: a few words replaced in a clause, or the clause restated when
 *       much of it changed; a unit removed («признать утратившим силу») or added, with the units after it
 *       renumbered.</li>
 * </ol>
 * The points are checked by applying them ({@link Amendments}); if they would not give the new text exactly, the
 * order restates the whole regulation instead.
 */
public final class DocumentDiff {
    /** A clause is restated rather than patched when more than this share of its words changed. */
    private static final double RESTATE_SHARE = 0.4;
    private static final int MAX_SPANS = 3;

    private DocumentDiff() {
    }

    public static List<Change> diff(List<Unit> oldUnits, List<Unit> newUnits, List<List<Change.Pair>> phrases) {
        if (oldUnits.equals(newUnits)) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        List<Unit> current = new ArrayList<>(oldUnits);
        for (List<Change.Pair> group : phrases) {
            Change.Everywhere everywhere = everywhere(current, newUnits, group);
            if (everywhere != null) {
                changes.add(everywhere);
                current = Amendments.apply(current, List.of(everywhere));
            }
        }
        // A phrase is quoted whole when the profile says it changed: a name or a body in its case, or a short value;
        // a long text of the profile that changed in one word is quoted by that word.
        List<Change.Pair> pairs = new ArrayList<>();
        for (List<Change.Pair> group : phrases) {
            for (Change.Pair p : group) {
                if (group.size() > 1 || p.from().split("\\s+").length <= 4) {
                    pairs.add(p);
                }
            }
        }
        changes.addAll(unitChanges(current, newUnits, pairs));
        try {
            if (Amendments.apply(oldUnits, changes).equals(newUnits)) {
                return changes;
            }
        } catch (IllegalStateException e) {
            // falls through to the whole text
        }
        return List.of(new Change.Whole(newUnits));
    }

    // ---- a phrase replaced everywhere --------------------------------------------------------------------------

    private static Change.Everywhere everywhere(List<Unit> current, List<Unit> target, List<Change.Pair> group) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Change.Pair p : group) {
            if (p.from().equals(p.to()) || p.from().strip().length() < 3) {
                continue;
            }
            String before = mapping.putIfAbsent(p.from(), p.to());
            if (before != null && !before.equals(p.to())) {
                return null; // one old form, two new ones: the case cannot be told from the text
            }
        }
        List<Change.Pair> occurring = new ArrayList<>();
        int count = 0;
        boolean inTitle = false;
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            int n = 0;
            for (Unit u : current) {
                for (String p : u.paragraphs()) {
                    int k = Amendments.occurrences(p, e.getKey());
                    n += k;
                    inTitle |= k > 0 && u.kind() == Unit.Kind.TITLE;
                }
            }
            if (n > 0) {
                occurring.add(new Change.Pair(e.getKey(), e.getValue()));
                count += n;
            }
        }
        if (count < 2) {
            return null;
        }
        Change.Everywhere candidate;
        if (occurring.size() == 1) {
            candidate = new Change.Everywhere(occurring.get(0).from(), occurring.get(0).to(), false, inTitle, occurring);
        } else {
            Change.Pair first = group.get(0);
            candidate = new Change.Everywhere(first.from(), first.to(), true, inTitle, occurring);
        }
        List<Unit> after = Amendments.apply(current, List.of(candidate));
        return cost(after, target) < cost(current, target) ? candidate : null;
    }

    /** How far one text is from another: changed tokens in aligned units, and the size of the rest. */
    private static int cost(List<Unit> a, List<Unit> b) {
        int total = 0;
        for (int[] op : align(a, b)) {
            if (op[0] >= 0 && op[1] >= 0) {
                List<String> x = tokens(a.get(op[0]).text());
                List<String> y = tokens(b.get(op[1]).text());
                total += x.size() + y.size() - 2 * lcs(x, y);
            } else if (op[0] >= 0) {
                total += tokens(a.get(op[0]).text()).size();
            } else {
                total += tokens(b.get(op[1]).text()).size();
            }
        }
        return total;
    }

    // ---- unit by unit ------------------------------------------------------------------------------------------

    private static List<Change> unitChanges(List<Unit> oldUnits, List<Unit> newUnits, List<Change.Pair> pairs) {
        List<int[]> ops = align(oldUnits, newUnits);
        List<Change> changes = new ArrayList<>();
        List<Unit> w = new ArrayList<>(oldUnits);
        int pos = 0;
        for (int k = 0; k < ops.size(); k++) {
            int[] op = ops.get(k);
            if (op[0] >= 0 && op[1] >= 0) {
                Unit before = w.get(pos);
                Unit after = newUnits.get(op[1]);
                if (!before.equals(after)) {
                    String label = Units.labels(w).get(pos);
                    changes.addAll(unitPoints(before, after, label, pairs));
                    w.set(pos, after);
                }
                pos++;
            } else if (op[0] >= 0) {
                // A unit removed, with whatever is nested in it when that is removed too.
                int end = Amendments.subtreeEnd(w, pos);
                int span = end - pos;
                boolean wholeSubtree = true;
                for (int j = 1; j < span; j++) {
                    if (k + j >= ops.size() || ops.get(k + j)[1] >= 0) {
                        wholeSubtree = false;
                    }
                }
                if (!wholeSubtree) {
                    span = 1;
                    end = pos + 1;
                    if (Amendments.subtreeEnd(w, pos) != end) {
                        throw new IllegalStateException("a unit removed without the units nested in it");
                    }
                }
                List<String> labels = Units.labels(w);
                Unit removed = w.get(pos);
                String last = labels.get(pos);
                int next = k + span;
                // The siblings removed right after it are one point: «пункты 2.5–2.7 исключить».
                while (next < ops.size() && ops.get(next)[1] < 0 && end < w.size()
                        && w.get(end).kind() == removed.kind() && w.get(end).level() == removed.level()) {
                    int siblingEnd = Amendments.subtreeEnd(w, end);
                    boolean all = true;
                    for (int j = 0; j < siblingEnd - end; j++) {
                        all &= next + j < ops.size() && ops.get(next + j)[1] < 0;
                    }
                    if (!all) {
                        break;
                    }
                    last = labels.get(end);
                    next += siblingEnd - end;
                    end = siblingEnd;
                }
                List<Unit> before = new ArrayList<>(w);
                w.subList(pos, end).clear();
                changes.add(new Change.Remove(removed.kind(), labels.get(pos), last, renumbered(before, pos, end, w, pos, 0)));
                k = next - 1;
            } else {
                // A unit added, with the added units nested in it.
                Unit first = newUnits.get(op[1]);
                List<Unit> added = new ArrayList<>(List.of(first));
                while (k + 1 < ops.size() && ops.get(k + 1)[0] < 0 && newUnits.get(ops.get(k + 1)[1]).level() > first.level()
                        && first.kind() != Unit.Kind.TITLE) {
                    k++;
                    added.add(newUnits.get(ops.get(k)[1]));
                }
                Unit.Kind afterKind = pos == 0 ? null : w.get(pos - 1).kind();
                String afterLabel = pos == 0 ? null : Units.labels(w).get(pos - 1);
                List<Unit> before = new ArrayList<>(w);
                w.addAll(pos, added);
                List<String> labels = Units.labels(w).subList(pos, pos + added.size());
                changes.add(new Change.Add(afterKind, afterLabel, added, labels,
                        renumbered(before, pos, pos, w, pos + added.size(), added.size())));
                pos += added.size();
            }
        }
        return changes;
    }

    /**
     * The units after an addition or a removal whose numbers changed, as ranges of siblings: «пункты 2.4–2.15
     * считать соответственно пунктами 2.5–2.16». Nested units follow their parent's number and are not listed.
     */
    private static List<Change.Renumber> renumbered(List<Unit> before, int cutFrom, int cutTo, List<Unit> after,
                                                   int resumeAt, int shift) {
        List<String> old = Units.labels(before);
        List<String> now = Units.labels(after);
        List<Change.Renumber> out = new ArrayList<>();
        Change.Renumber open = null;
        int openLevel = -1;
        for (int i = cutTo, j = resumeAt; i < before.size() && j < after.size(); i++, j++) {
            Unit u = before.get(i);
            boolean changed = !old.get(i).equals(now.get(j));
            boolean parentSame = u.level() == 0 || parentLabel(old.get(i)).equals(parentLabel(now.get(j)));
            if (changed && parentSame && u.kind() != Unit.Kind.TITLE) {
                if (open != null && open.kind() == u.kind() && openLevel == u.level()) {
                    open = new Change.Renumber(u.kind(), open.first(), old.get(i), open.toFirst(), now.get(j));
                    out.set(out.size() - 1, open);
                } else {
                    open = new Change.Renumber(u.kind(), old.get(i), old.get(i), now.get(j), now.get(j));
                    openLevel = u.level();
                    out.add(open);
                }
            } else if (u.level() <= openLevel) {
                open = null;
            }
        }
        return out;
    }

    private static String parentLabel(String label) {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? "" : label.substring(0, dot);
    }

    /** A point costs what it quotes and the words around the quote. */
    private static final int POINT_COST = 40;

    /**
     * The points that turn one unit into another: words replaced or removed in its paragraphs (абзацы), a paragraph
     * restated, paragraphs removed or added — or the unit restated, when that quotes less.
     */
    private static List<Change> unitPoints(Unit before, Unit after, String label, List<Change.Pair> pairs) {
        Change restate = new Change.Restate(after.kind(), label, after);
        List<Change> points = before.kind() == after.kind() ? paragraphPoints(before, after, label, pairs) : null;
        if (points == null || points.isEmpty() || cost(points) > cost(List.of(restate))) {
            return List.of(restate);
        }
        return points;
    }

    private static List<Change> paragraphPoints(Unit before, Unit after, String label, List<Change.Pair> pairs) {
        List<String> a = before.paragraphs();
        List<String> b = after.paragraphs();
        List<int[]> ops = alignParagraphs(a, b);
        if (ops.isEmpty() || ops.get(0)[0] != 0 || ops.get(0)[1] != 0) {
            return null; // the clause's own text is not the same paragraph any more
        }
        List<Change> out = new ArrayList<>();
        List<String> w = new ArrayList<>(a);
        int pos = 0;
        for (int k = 0; k < ops.size(); ) {
            int[] op = ops.get(k);
            if (op[0] >= 0 && op[1] >= 0) {
                String x = w.get(pos);
                String y = b.get(op[1]);
                if (!x.equals(y)) {
                    List<String[]> replacements = replacements(x, y, pairs);
                    if (replacements == null && a.size() == 1 && b.size() == 1) {
                        return null; // a unit of one paragraph is restated as the unit
                    }
                    if (replacements == null) {
                        out.add(new Change.Paragraph(before.kind(), label, pos, y));
                    } else {
                        for (String[] r : replacements) {
                            out.add(new Change.Words(before.kind(), label, pos, w.size(), r[0], r[1]));
                        }
                    }
                    w.set(pos, y);
                }
                pos++;
                k++;
                continue;
            }
            int removed = 0;
            while (k + removed < ops.size() && ops.get(k + removed)[1] < 0) {
                removed++;
            }
            List<String> added = new ArrayList<>();
            while (k + removed + added.size() < ops.size() && ops.get(k + removed + added.size())[0] < 0) {
                added.add(b.get(ops.get(k + removed + added.size())[1]));
            }
            // Paragraphs that took the place of as many others are restated; the rest are removed or added.
            int restated = Math.min(removed, added.size());
            for (int r = 0; r < restated; r++) {
                out.add(new Change.Paragraph(before.kind(), label, pos, added.get(r)));
                w.set(pos++, added.get(r));
            }
            if (removed > restated) {
                out.add(new Change.ParagraphsRemove(before.kind(), label, pos, removed - restated));
                w.subList(pos, pos + removed - restated).clear();
            }
            if (added.size() > restated) {
                List<String> rest = added.subList(restated, added.size());
                out.add(new Change.ParagraphsAdd(before.kind(), label, pos - 1, rest));
                w.addAll(pos, rest);
                pos += rest.size();
            }
            k += removed + added.size();
        }
        return out;
    }

    /** What the points quote, and a fixed price for each: the order is as short as it can be. */
    private static int cost(List<Change> points) {
        int total = 0;
        for (Change c : points) {
            total += POINT_COST;
            if (c instanceof Change.Words w) {
                total += w.from().length() + w.to().length();
            } else if (c instanceof Change.Paragraph p) {
                total += p.text().length();
            } else if (c instanceof Change.ParagraphsAdd p) {
                total += String.join("\n", p.texts()).length();
            } else if (c instanceof Change.Restate r) {
                total += r.unit().text().length();
            }
        }
        return total;
    }

    /** Paragraphs of two versions of a unit paired in order, as {@link #align} pairs units. */
    private static List<int[]> alignParagraphs(List<String> a, List<String> b) {
        List<Unit> x = new ArrayList<>();
        List<Unit> y = new ArrayList<>();
        a.forEach(p -> x.add(new Unit(Unit.Kind.CLAUSE, 0, List.of(p))));
        b.forEach(p -> y.add(new Unit(Unit.Kind.CLAUSE, 0, List.of(p))));
        return align(x, y);
    }

    /** Pairs (from, to), left to right, each standing once in the text it applies to; null if too much changed. */
    static List<String[]> replacements(String a, String b, List<Change.Pair> pairs) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<int[]> spans = spans(ta, tb);
        int words = (int) ta.stream().filter(t -> Amendments.isWord(t.charAt(0))).count();
        int changed = 0;
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                changed += Amendments.isWord(ta.get(i).charAt(0)) ? 1 : 0;
            }
        }
        if (spans.size() > MAX_SPANS || words == 0 || changed > RESTATE_SHARE * words) {
            return null;
        }
        int[] offA = offsets(ta);
        int[] offB = offsets(tb);
        List<String[]> out = new ArrayList<>();
        String current = a;
        int shift = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k).clone();
            wholePhrase(a, b, ta, tb, offA, offB, s, pairs);
            while (k + 1 < spans.size() && spans.get(k + 1)[0] < s[1]) {
                int[] next = spans.remove(k + 1);
                s[1] = Math.max(s[1], next[1]);
                s[3] = Math.max(s[3], next[3]);
            }
            // The smallest well-formed quote around the change: grown a token at a time on the left, the right or
            // both, within the unchanged text up to the changes before and after it.
            String[] point = null;
            int[] found = null;
            while (point == null) {
                int maxLeft = s[0] - (k == 0 ? 0 : spans.get(k - 1)[1]);
                int maxRight = (k + 1 >= spans.size() ? ta.size() : spans.get(k + 1)[0]) - s[1];
                for (int grow = 0; grow <= maxLeft + maxRight && point == null; grow++) {
                    // the words after a change first: a preposition is quoted with its noun («о защите»)
                    for (int left = Math.max(0, grow - maxRight); left <= Math.min(grow, maxLeft); left++) {
                        int[] c = {s[0] - left, s[1] + grow - left, s[2] - left, s[3] + grow - left};
                        point = quote(a, b, offA, offB, c, current, shift);
                        if (point != null) {
                            found = c;
                            break;
                        }
                    }
                }
                if (point == null) {
                    if (k + 1 >= spans.size()) {
                        return null;
                    }
                    int[] next = spans.remove(k + 1);
                    s[1] = next[1];
                    s[3] = next[3];
                    spans.set(k, s);
                }
            }
            String from = a.substring(offA[found[0]], offA[found[1]]);
            String to = b.substring(offB[found[2]], offB[found[3]]);
            int at = offA[found[0]] + shift;
            current = current.substring(0, at) + to + current.substring(at + from.length());
            shift += to.length() - from.length();
            out.add(point);
            spans.set(k, found);
        }
        return out;
    }

    /**
     * The point for stretch {@code c} of the two texts, if its quote is well-formed and stands once in the text as
     * the points before left it: a replacement, or words removed with the space beside them; null otherwise.
     */
    private static String[] quote(String a, String b, int[] offA, int[] offB, int[] c, String current, int shift) {
        String from = a.substring(offA[c[0]], offA[c[1]]);
        String to = b.substring(offB[c[2]], offB[c[3]]);
        int at = offA[c[0]] + shift;
        String expected = current.substring(0, at) + to + current.substring(at + from.length());
        if (to.isBlank()) {
            String removed = from.strip();
            if (!wellFormed(removed)) {
                return null;
            }
            int found = Amendments.uniqueOccurrence(current, removed);
            return found >= 0 && Amendments.replaceAt(current, found, removed, "").equals(expected)
                    ? new String[] {removed, ""} : null;
        }
        return wellFormed(from) && wellFormed(to) && Amendments.uniqueOccurrence(current, from) == at
                ? new String[] {from, to} : null;
    }

    private static final String OPENING = "«„(\"№";
    private static final String CLOSING = "»“)\"";

    /**
     * Whether a fragment can be quoted in a point: words, starting and ending on a word (or a quote or bracket
     * around one), its quotation marks and brackets closed — never «»;» or «ссылки-».
     */
    public static boolean wellFormed(String s) {
        if (s.isEmpty() || s.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (!(Character.isLetterOrDigit(first) || OPENING.indexOf(first) >= 0)
                || !(Character.isLetterOrDigit(last) || CLOSING.indexOf(last) >= 0)) {
            return false;
        }
        int guillemets = 0;
        int lower = 0;
        int brackets = 0;
        int straight = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '«' -> guillemets++;
                case '»' -> guillemets--;
                case '„' -> lower++;
                case '“' -> lower--;
                case '(' -> brackets++;
                case ')' -> brackets--;
                case '"' -> straight++;
                default -> {
                }
            }
            if (guillemets < 0 || lower < 0 || brackets < 0) {
                return false;
            }
        }
        return guillemets == 0 && lower == 0 && brackets == 0 && straight % 2 == 0;
    }

    /**
     * Widens a changed stretch to the whole phrase it lies in when the profiles say that phrase changed: «слова
     * «педагогическим советом» заменить словами «Управляющим советом»», not «педагогическим» → «Управляющим».
     */
    private static void wholePhrase(String a, String b, List<String> ta, List<String> tb, int[] offA, int[] offB,
                                    int[] s, List<Change.Pair> pairs) {
        for (Change.Pair p : pairs) {
            if (p.from().equals(p.to())) {
                continue;
            }
            for (int at = a.indexOf(p.from()); at >= 0; at = a.indexOf(p.from(), at + 1)) {
                int end = at + p.from().length();
                if (at <= offA[s[0]] && offA[s[1]] <= end) {
                    int startToken = token(offA, at);
                    int endToken = token(offA, end);
                    int leftContext = s[0] - startToken;
                    int rightContext = endToken - s[1];
                    if (startToken < 0 || endToken < 0 || s[2] - leftContext < 0 || s[3] + rightContext > tb.size()) {
                        continue;
                    }
                    String to = b.substring(offB[s[2] - leftContext], offB[s[3] + rightContext]);
                    if (to.equals(p.to())) {
                        s[0] = startToken;
                        s[1] = endToken;
                        s[2] -= leftContext;
                        s[3] += rightContext;
                        return;
                    }
                }
            }
        }
    }

    /** The token that starts at {@code offset}, or -1 if none does. */
    private static int token(int[] offsets, int offset) {
        int i = java.util.Arrays.binarySearch(offsets, offset);
        return i >= 0 ? i : -1;
    }

    private static int[] offsets(List<String> tokens) {
        int[] out = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            out[i + 1] = out[i] + tokens.get(i).length();
        }
        return out;
    }

    // ---- tokens, common subsequences, alignment ----------------------------------------------------------------

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-\u2011]\u2060?[\\p{L}\\p{N}]+)*|\\s+|[^\\p{L}\\p{N}\\s]");

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** The changed stretches [a from, a to, b from, b to) of a longest common subsequence of tokens. */
    static List<int[]> spans(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                d[i][j] = a.get(i).equals(b.get(j)) ? d[i + 1][j + 1] + 1 : Math.max(d[i + 1][j], d[i][j + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int[] open = null;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                open = null;
                i++;
                j++;
                continue;
            }
            if (open == null) {
                open = new int[] {i, i, j, j};
                out.add(open);
            }
            if (j < m && (i == n || d[i][j + 1] >= d[i + 1][j])) {
                j++;
                open[3] = j;
            } else {
                i++;
                open[1] = i;
            }
        }
        // Stretches apart by a space or a mark alone are one change: «VK Мессенджере» → «национальном мессенджере MAX».
        List<int[]> merged = new ArrayList<>();
        for (int[] s : out) {
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                boolean thin = s[0] - last[1] <= 1 && s[2] - last[3] <= 1
                        && (s[0] == last[1] || !Amendments.isWord(a.get(last[1]).charAt(0)));
                if (thin) {
                    last[1] = s[1];
                    last[3] = s[3];
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    private static double similarity(Unit a, Unit b) {
        if (a.equals(b)) {
            return 2.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        int na = 0;
        int nb = 0;
        for (String t : tokens(a.text())) {
            if (Amendments.isWord(t.charAt(0))) {
                counts.merge(t, 1, Integer::sum);
                na++;
            }
        }
        int common = 0;
        for (String t : tokens(b.text())) {
            if (Amendments.isWord(t.charAt(0))) {
                nb++;
                Integer c = counts.get(t);
                if (c != null && c > 0) {
                    common++;
                    counts.put(t, c - 1);
                }
            }
        }
        return na + nb == 0 ? 1.0 : 2.0 * common / (na + nb);
    }

    /**
     * Pairs units of the two texts in order, maximising the similarity of the pairs (units of one kind and level
     * that share at least a third of their words): {old, new} for a pair, {old, -1} removed, {-1, new} added.
     */
    static List<int[]> align(List<Unit> a, List<Unit> b) {
        int n = a.size();
        int m = b.size();
        double[][] best = new double[n + 1][m + 1];
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                Unit x = a.get(i);
                Unit y = b.get(j);
                double s = x.kind() == y.kind() && x.level() == y.level() ? similarity(x, y) : 0;
                sim[i][j] = s >= 0.34 || x.kind() == Unit.Kind.TITLE && y.kind() == Unit.Kind.TITLE ? s + 0.01 : -1;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double v = Math.max(best[i + 1][j], best[i][j + 1]);
                if (sim[i][j] > 0) {
                    v = Math.max(v, best[i + 1][j + 1] + sim[i][j]);
                }
                best[i][j] = v;
            }
        }
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sim[i][j] > 0 && best[i][j] == best[i + 1][j + 1] + sim[i][j]) {
                ops.add(new int[] {i++, j++});
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                ops.add(new int[] {i++, -1});
            } else {
                ops.add(new int[] {-1, j++});
            }
        }
        return ops;
    }
}
