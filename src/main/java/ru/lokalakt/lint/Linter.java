package ru.lokalakt.lint;

import ru.lokalakt.document.Block;
import ru.lokalakt.document.BlockWalk;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.PageBreak;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Table;
import ru.lokalakt.profile.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered document the way a proofreader would: words its kind of institution must not use, template
 * syntax that leaked through, quotes that do not pair, clause numbers typed by hand, loose spacing. Each finding
 * names the document and the clause (or paragraph) it stands in.
 */
public final class Linter {
    private static final Pattern TYPED_NUMBER = Pattern.compile("^\\s*(\\d{1,3}\\.)+(\\d{1,3})?\\s|^\\s*\\d{1,3}\\)\\s");

    /** All the kind's forbidden terms as one alternation, so each text is scanned once, not once per term. */
    private final Pattern forbidden;

    /** Quotes inside quotes are „лапки“ (typography.quotes: typographic), not the same «ёлочки» again. */
    private final boolean typographicQuotes;

    public Linter(Profile profile) {
        typographicQuotes = "typographic".equals(profile.string("typography.quotes"));
        List<String> terms = new ArrayList<>();
        for (Object term : Profile.asList(profile.get("forbidden_terms"))) {
            terms.add("(?:" + term + ")");
        }
        forbidden = terms.isEmpty() ? null
                : Pattern.compile("(?iu)(?:" + String.join("|", terms) + ")(?!\\p{L})");
    }

    public List<Finding> check(String documentId, Document document) {
        List<Finding> findings = new ArrayList<>();
        new Walk(documentId, findings).blocks(document.blocks());
        return findings;
    }

    private final class Walk extends BlockWalk<RuntimeException> {
        private final String document;
        private final List<Finding> findings;
        private final ClauseNumbering numbering = new ClauseNumbering();
        private int paragraph;
        private String lastLabel = "";

        Walk(String document, List<Finding> findings) {
            this.document = document;
            this.findings = findings;
        }

        @Override
        public Void section(Section s) {
            lastLabel = numbering.next(level());
            text("раздел " + lastLabel, s.title(), false);
            nested(s.blocks());
            return null;
        }

        @Override
        public Void clause(Clause c) {
            lastLabel = numbering.next(level());
            text("пункт " + lastLabel, c.content(), true);
            quotedRuns(c.blocks());
            nested(c.blocks());
            return null;
        }

        /**
         * Paragraphs in a row that quote one text together (an amending order's new wording of a clause: «1.4. …»
         * on the first, list items on the next, «…».» on the last) have their quotation marks checked as one text.
         */
        private void quotedRuns(List<Block> blocks) {
            int i = 0;
            while (i < blocks.size()) {
                int j = i;
                while (j < blocks.size() && blocks.get(j) instanceof Paragraph) {
                    j++;
                }
                if (j - i >= 2) {
                    StringBuilder joint = new StringBuilder();
                    for (Block b : blocks.subList(i, j)) {
                        joint.append(Inlines.plainText(((Paragraph) b).content())).append('\n');
                    }
                    if (quoteDepth(joint.toString()) == 0) {
                        blocks.subList(i, j).forEach(b -> quotedTogether.add((Paragraph) b));
                    }
                }
                i = Math.max(j, i + 1);
            }
        }

        private final java.util.Set<Paragraph> quotedTogether = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        @Override
        public Void paragraph(Paragraph p) {
            check(where(), Inlines.plainText(p.content()), true, !quotedTogether.contains(p));
            return null;
        }

        @Override
        public Void bulletList(BulletList l) {
            list(l);
            return null;
        }

        @Override
        public Void splitLine(SplitLine s) {
            text(where(), s.left(), false);
            text(where(), s.stamp(), false);
            text(where(), s.right(), false);
            return null;
        }

        @Override
        public Void columns(Columns c) {
            text(where(), c.left().content(), false);
            text(where(), c.right().content(), false);
            return null;
        }

        @Override
        public Void bottomNote(BottomNote n) {
            text(where(), n.content(), false);
            return null;
        }

        @Override
        public Void table(Table t) {
            t.header().forEach(cell -> check("таблица", cell, false));
            t.rows().forEach(row -> row.forEach(cell -> check("таблица", cell, false)));
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            return null;
        }

        private String where() {
            paragraph++;
            return lastLabel.isEmpty() ? "абзац " + paragraph : "абзац после пункта " + lastLabel;
        }

        private void list(BulletList list) {
            for (BulletList.Item item : list.items()) {
                text(lastLabel.isEmpty() ? "перечисление" : "перечисление в пункте " + lastLabel, item.content(), true);
                item.nested().forEach(this::list);
            }
        }

        private void text(String where, List<Inline> content, boolean numberedPlace) {
            check(where, Inlines.plainText(content), numberedPlace);
        }

        private void check(String where, String text, boolean numberedPlace) {
            check(where, text, numberedPlace, true);
        }

        /** The depth of quotation marks at the end of {@code text}; -1 as soon as one closes what was not opened. */
        private int quoteDepth(String text) {
            int depth = 0;
            for (int i = 0; i < text.length() && depth >= 0; i++) {
                depth += quoteStep(text.charAt(i));
            }
            return depth;
        }

        private void check(String where, String text, boolean numberedPlace, boolean quotes) {
            forbiddenTerms(where, text);
            int syntax = templateSyntax(text);
            if (syntax >= 0) {
                findings.add(new Finding(document, where, "остаток синтаксиса шаблона «" + excerpt(text, syntax) + "»"));
            }
            if (text.indexOf('"') >= 0) {
                findings.add(new Finding(document, where, "прямые кавычки вместо «ёлочек»"));
            }
            if (quotes && quoteDepth(text) != 0) {
                findings.add(new Finding(document, where, "кавычки не закрыты или лишние: «" + excerpt(text, 0) + "»"));
            }
            int nested = typographicQuotes ? sameQuotesNested(text) : -1;
            if (nested >= 0) {
                findings.add(new Finding(document, where, "кавычки внутри кавычек того же рисунка (нужно «…„…“…»): «"
                        + excerpt(text, nested) + "»"));
            }
            if (numberedPlace && TYPED_NUMBER.matcher(text).lookingAt()) {
                findings.add(new Finding(document, where, "номер набран вручную: «" + excerpt(text, 0) + "»"));
            }
            int loose = looseSpace(text);
            if (loose >= 0) {
                findings.add(new Finding(document, where, "лишний пробел: «" + excerpt(text, loose) + "»"));
            }
        }

        /**
         * Tried only where a word begins (a letter or digit after a non-letter), which is also what makes a term a
         * whole word at its start: a regex scan from every character costs more than all other checks together.
         * Text in quotes is skipped: it is a name cited as it stands (the title of a federal letter may say
         * «обучающимися» in a kindergarten's order), not the kind's own wording.
         */
        private void forbiddenTerms(String where, String text) {
            if (forbidden == null) {
                return;
            }
            Matcher m = forbidden.matcher(text).useTransparentBounds(true);
            int quoted = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                quoted = Math.max(0, quoted + quoteStep(c));
                if (quoted > 0 || !Character.isLetterOrDigit(c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                    continue;
                }
                m.region(i, text.length());
                if (m.lookingAt()) {
                    findings.add(new Finding(document, where, "слово «" + m.group() + "» не для этого вида организации"));
                    i = m.end() - 1;
                }
            }
        }

        private String excerpt(String text, int at) {
            int from = Math.max(0, at - 20);
            return (from > 0 ? "…" : "") + text.substring(from, Math.min(text.length(), at + 30)).replace('\n', ' ');
        }
    }

    /** +1 where a quote opens («, „), -1 where one closes (», “), 0 elsewhere. */
    private static int quoteStep(char c) {
        return c == '«' || c == '„' ? 1 : c == '»' || c == '“' ? -1 : 0;
    }

    /**
     * Where a quote opens with the same mark as the quote it stands in («…«…»…» or „…„…“…“), or -1: each level
     * takes the other kind of mark.
     */
    public static int sameQuotesNested(String text) {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '„') {
                if (!open.isEmpty() && open.charAt(open.length() - 1) == c) {
                    return i;
                }
                open.append(c);
            } else if ((c == '»' || c == '“') && !open.isEmpty()) {
                open.setLength(open.length() - 1);
            }
        }
        return -1;
    }

    /** Where FreeMarker syntax ($'{', #'{', <#, </#, <@, </@, [#) first leaked into the text, or -1. */
    static int templateSyntax(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '$' || c == '#') && next == '{' || c == '[' && next == '#'
                    || c == '<' && (next == '#' || next == '@'
                    || next == '/' && i + 2 < text.length() && (text.charAt(i + 2) == '#' || text.charAt(i + 2) == '@'))) {
                return i;
            }
        }
        return -1;
    }

    /** Where two spaces, a space before punctuation or a closing bracket, or a space after an opening one stand. */
    static int looseSpace(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == ' ' && (next == ' ' || ",.;:!?»)".indexOf(next) >= 0) || (c == '«' || c == '(') && next == ' ') {
                return i;
            }
        }
        return -1;
    }
}
