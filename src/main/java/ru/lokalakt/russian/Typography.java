package ru.lokalakt.russian;

import ru.lokalakt.document.Block;
import ru.lokalakt.document.BlockVisitor;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageBreak;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Table;
import ru.lokalakt.document.Text;

import java.util.ArrayList;
import java.util.List;

import java.util.regex.Pattern;

/**
 * Russian typesetting rules, applied once to the whole tree so that templates and profile values need not care:
 * «ёлочки» for straight quotes, non-breaking spaces after № and §, inside and beside initials, before г. and гг.,
 * inside т. д. and т. е., before a dash; an em dash between words; an en dash in year ranges; no double spaces.
 */
public final class Typography {
    public enum QuoteNesting {
        /** «Лицей «ДЕРЖАВА»»: what Russian offices write. */
        SAME,
        /** «Лицей „ДЕРЖАВА“»: what typographers prefer. */
        TYPOGRAPHIC
    }

    private static final String NBSP = "\u00A0";
    private static final String SPACE = "[ \u00A0]";
    private static final Pattern NUMERO = Pattern.compile("([№§])" + SPACE + "*(?=\\S)");
    /** «№ » at the end of a run: the number is the next inline (a blank of a model document). */
    private static final Pattern NUMERO_AT_END = Pattern.compile("([№§])" + SPACE + "+$");
    // A leading (?=…) on a pattern that starts with \b or a look-behind lets the scan reject most positions
    // with one character test.
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?=[А-ЯЁ])\\b([А-ЯЁ]\\.)" + SPACE + "?([А-ЯЁ]\\.)" + SPACE + "?(?=[А-ЯЁ][а-яё])");
    private static final Pattern INITIALS_PAIR = Pattern.compile("(?=[А-ЯЁ])(?<![А-ЯЁа-яё])([А-ЯЁ]\\.) ?([А-ЯЁ]\\.)");
    private static final Pattern SINGLE_INITIAL_BEFORE = Pattern.compile("(?=[А-ЯЁ])(?<![А-ЯЁа-яё.])([А-ЯЁ]\\.)" + SPACE + "(?=[А-ЯЁ][а-яё]{2,})");
    private static final Pattern SURNAME_INITIALS = Pattern.compile("([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)" + SPACE + "+([А-ЯЁ]\\.)" + SPACE + "?([А-ЯЁ]\\.)");
    private static final Pattern YEAR_MARK = Pattern.compile("(\\d)" + SPACE + "*(гг?\\.)");
    private static final Pattern CITY_MARK = Pattern.compile("(?=г)(?<![А-Яа-яЁё])(г\\.)" + SPACE + "*(?=[А-ЯЁ])");
    /** «г. » ending a run is a city's mark, unless a year stands before it («2024 г.» is a year). */
    private static final Pattern CITY_MARK_AT_END = Pattern.compile("(?=г)(?<![А-Яа-яЁё\\d])(?<!\\d[ \u00A0])(г\\.)" + SPACE + "+$");
    private static final Pattern ABBREVIATIONS = Pattern.compile("(?=т)\\bт\\." + SPACE + "?([дпе])\\.");
    private static final Pattern DASH = Pattern.compile("[ \u00A0]+[-–—][ \u00A0]+");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?=[12])\\b((?:19|20)\\d\\d)[-–—]((?:19|20)\\d\\d)\\b");
    private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");
    /** U+2011: a hyphen no line breaks after (Word writes it as {@code w:noBreakHyphen}). */
    public static final char NON_BREAKING_HYPHEN = '\u2011';
    /** A Russian phone number, «+7 900 000-00-01» or «8 (48439) 4-94-64»: printed on one line. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(\\+7|8)[ \u00A0]*(\\(\\d{3,5}\\)|\\d{3})[ \u00A0]*(\\d{1,3}-\\d{2}-\\d{2})(?!\\d)");

    private final QuoteNesting nesting;

    public Typography(QuoteNesting nesting) {
        this.nesting = nesting;
    }

    /**
     * The whole document: its blocks, and the texts pages and files carry besides them — quotes in the running
     * header are nested as in the text, quotes in the title and subject of the file's properties too.
     */
    public Document apply(Document document) {
        Metadata m = document.metadata();
        Metadata metadata = m == null ? null : new Metadata(quotes(m.title()), quotes(m.subject()), quotes(m.author()),
                m.date(), m.language(), m.regulation());
        String running = document.pages().runningTitle();
        Document.Pages pages = new Document.Pages(document.pages().qrCode(), running == null ? null : text(running),
                inlines(document.pages().firstPageNote()));
        return new Document(metadata, document.layout(), blocks(document.blocks()), pages);
    }

    /** Quotes alone, for plain fields (a file's title): no spaces made unbreakable there. */
    public String quotes(String s) {
        return s == null ? null : quotes(s, new int[]{0});
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block.accept(rewrite));
        }
        return out;
    }

    /** Each block again, with its texts set. */
    private final BlockVisitor<Block, RuntimeException> rewrite = new BlockVisitor<>() {
        @Override
        public Block paragraph(Paragraph p) {
            return typeset(p);
        }

        @Override
        public Block section(Section s) {
            return new Section(inlines(s.title()), blocks(s.blocks()));
        }

        @Override
        public Block clause(Clause c) {
            return new Clause(inlines(c.content()), blocks(c.blocks()));
        }

        @Override
        public Block bulletList(BulletList l) {
            return list(l);
        }

        @Override
        public Block splitLine(SplitLine s) {
            return new SplitLine(s.style(), inlines(s.left()), inlines(s.stamp()), inlines(s.right()));
        }

        @Override
        public Block columns(Columns c) {
            return new Columns(typeset(c.left()), typeset(c.right()));
        }

        @Override
        public Block table(Table t) {
            List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(Typography.this::text).toList()).toList();
            return new Table(t.widths(), t.header().stream().map(Typography.this::text).toList(), rows);
        }

        @Override
        public Block bottomNote(BottomNote n) {
            return new BottomNote(inlines(n.content()));
        }

        @Override
        public Block pageBreak(PageBreak pageBreak) {
            return pageBreak.runningTitle() == null ? pageBreak
                    : new PageBreak(pageBreak.restartNumbering(), pageBreak.newSection(), text(pageBreak.runningTitle()));
        }
    };

    private Paragraph typeset(Paragraph p) {
        return new Paragraph(p.style(), inlines(p.content()));
    }

    private BulletList list(BulletList list) {
        List<BulletList.Item> items = new ArrayList<>();
        for (BulletList.Item item : list.items()) {
            items.add(new BulletList.Item(inlines(item.content()), item.nested().stream().map(this::list).toList()));
        }
        return new BulletList(items);
    }

    /**
     * Quotes are balanced over a whole paragraph, so one pass keeps the depth across runs; the rules that look at
     * the next word ({@link Words}) see the paragraph's text across its runs too.
     */
    private List<Inline> inlines(List<Inline> inlines) {
        int[] depth = {0};
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.add(t.withText(spacing(quotes(t.text(), depth))));
            } else {
                out.add(inline);
            }
        }
        return Words.apply(out);
    }

    private String text(String s) {
        return Words.apply(spacing(quotes(s, new int[]{0})));
    }

    String quotes(String s, int[] depth) {
        if (nesting == QuoteNesting.SAME && s.indexOf('"') < 0 && s.indexOf('„') < 0 && s.indexOf('“') < 0) {
            return balancedSame(s, depth);
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean lastOpened = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '«', '„' -> {
                    depth[0]++;
                    sb.append(open(depth[0]));
                    lastOpened = true;
                }
                case '»', '“' -> {
                    sb.append(close(depth[0]));
                    depth[0] = Math.max(0, depth[0] - 1);
                    lastOpened = false;
                }
                case '"' -> {
                    char prev = i == 0 ? ' ' : s.charAt(i - 1);
                    boolean opening = depth[0] == 0 || Character.isWhitespace(prev) || prev == '\u00A0'
                            || prev == '(' || (prev == '«' || prev == '„' || prev == '"') && lastOpened;
                    if (opening) {
                        depth[0]++;
                        sb.append(open(depth[0]));
                    } else {
                        sb.append(close(depth[0]));
                        depth[0] = Math.max(0, depth[0] - 1);
                    }
                    lastOpened = opening;
                }
                default -> {
                    sb.append(ch);
                    lastOpened = false;
                }
            }
        }
        return sb.toString();
    }

    /** The common case, a text with only «» to keep: nothing changes but the depth, so no copy is made. */
    private static String balancedSame(String s, int[] depth) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '«') {
                depth[0]++;
            } else if (ch == '»') {
                depth[0] = Math.max(0, depth[0] - 1);
            }
        }
        return s;
    }

    /**
     * The mark that opens a quote at {@code depth} (1 outermost): «ёлочки» outside, „лапки“ inside them, «ёлочки»
     * again at the third level and so on (Мильчин), unless the profile keeps one kind of mark at every level.
     */
    private char open(int depth) {
        return depth % 2 == 0 && nesting == QuoteNesting.TYPOGRAPHIC ? '„' : '«';
    }

    private char close(int depth) {
        return depth % 2 == 0 && nesting == QuoteNesting.TYPOGRAPHIC ? '“' : '»';
    }

    /** Each rule runs only where its trigger character occurs: most runs of text need none of them. */
    static String spacing(String s) {
        String r = s.indexOf("  ") >= 0 ? DOUBLE_SPACE.matcher(s).replaceAll(" ") : s;
        if (r.indexOf('№') >= 0 || r.indexOf('§') >= 0) {
            r = NUMERO.matcher(r).replaceAll("$1" + NBSP);
            r = NUMERO_AT_END.matcher(r).replaceAll("$1" + NBSP);
        }
        if (hasInitial(r)) {
            r = SURNAME_INITIALS.matcher(r).replaceAll("$1" + NBSP + "$2" + NBSP + "$3");
            r = INITIALS_BEFORE.matcher(r).replaceAll("$1" + NBSP + "$2" + NBSP);
            r = SINGLE_INITIAL_BEFORE.matcher(r).replaceAll("$1" + NBSP);
            r = INITIALS_PAIR.matcher(r).replaceAll("$1" + NBSP + "$2");
        }
        if (r.indexOf('.') >= 0) {
            if (r.indexOf("г.") >= 0) {
                r = YEAR_MARK.matcher(r).replaceAll("$1" + NBSP + "$2");
                r = CITY_MARK.matcher(r).replaceAll("$1" + NBSP);
                r = CITY_MARK_AT_END.matcher(r).replaceAll("$1" + NBSP);
            }
            if (r.indexOf("т.") >= 0) {
                r = ABBREVIATIONS.matcher(r).replaceAll("т." + NBSP + "$1.");
            }
        }
        if (hasDash(r, true)) {
            r = DASH.matcher(r).replaceAll(NBSP + "— ");
        }
        if (hasDash(r, false)) {
            r = YEAR_RANGE.matcher(r).replaceAll("$1–$2");
            if (r.indexOf("+7") >= 0 || r.indexOf("8 (") >= 0 || r.indexOf("8(") >= 0) {
                // No-break spaces and non-breaking hyphens: the number stays on one line in Word, LibreOffice and PDF.
                r = PHONE.matcher(r).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + NBSP
                        + m.group(2) + NBSP + m.group(3).replace('-', NON_BREAKING_HYPHEN)));
            }
        }
        return r;
    }

    /** A capital Cyrillic letter with a dot: the trigger of every initials rule. */
    private static boolean hasInitial(String s) {
        for (int i = s.indexOf('.'); i > 0; i = s.indexOf('.', i + 1)) {
            char before = s.charAt(i - 1);
            if (before >= 'А' && before <= 'Я' || before == 'Ё') {
                return true;
            }
        }
        return false;
    }

    /** A dash with a space before it ({@code spaced}) or a digit before it: the triggers of the dash rules. */
    private static boolean hasDash(String s, boolean spaced) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '–' || c == '—') {
                char before = s.charAt(i - 1);
                if (spaced ? before == ' ' || before == '\u00A0' : Character.isDigit(before)) {
                    return true;
                }
            }
        }
        return false;
    }

}
