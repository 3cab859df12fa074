package ru.lokalakt.russian;

import ru.lokalakt.document.Blank;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.LineBreak;
import ru.lokalakt.document.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typesetting rules that look at a word's neighbour, applied to a paragraph's text across its runs (a
 * preposition may end one run and its word start the next):
 * <ul>
 * <li>the preposition с, к, в takes its vowel before the usual clusters (Розенталь): «со студентами», «со всеми»,
 * «ко всем», «ко дню», «во время», «во Владивостоке»;</li>
 * <li>a short preposition, conjunction or particle is bound to the next word by a no-break space, so no line
 * ends with it (see {@link #SHORT});</li>
 * <li>a date keeps its day with its month and its year with «года» or «г.», and may break between month and
 * year;</li>
 * <li>an e-mail address or a web address never breaks: a word joiner (U+2060) follows each of its hyphens and
 * slashes, where Word, LibreOffice and the PDF line breaker would otherwise end a line.</li>
 * </ul>
 */
public final class Words {
    /** U+2060 WORD JOINER: no line ends before or after it; it has no width and no glyph. */
    public static final char WORD_JOINER = '\u2060';
    private static final char NBSP = '\u00A0';

    /**
     * The words no line ends with (Мильчин, Чельцова, «Справочник издателя и автора»: one- and two-letter
     * prepositions, conjunctions and particles stay with the next word): every one-letter word, and the
     * two-letter prepositions во, ко, со, об, от, до, на, по, за, из, conjunctions но, да and particles не, ни. The
     * enclitics же, ли, бы lean on the word before them and are left alone; three-letter prepositions (для, при,
     * без, под, над) are not bound: the 14 pt lines of a justified order hold some 60 characters, and every bound
     * pair more makes the spaces of some line wider, the very gap the rule is meant to spare the reader.
     */
    private static final String SHORT_WORDS = "(?iu:[авикосуя]|во|ко|со|об|от|до|на|по|за|из|но|да|не|ни)";
    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-.\u2011])" + SHORT_WORDS + "( )(?=[^\\s])");
    private static final Pattern SHORT_WORD = Pattern.compile(SHORT_WORDS);

    /**
     * A lower-case preposition с, к, в standing alone before a word that starts with a cluster it takes its
     * vowel before; the next word's first letter may be a capital, its second must be a small letter (no
     * abbreviations: «с СП», «в ВКонтакте» stay as they are).
     */
    private static final Pattern VOWEL = Pattern.compile("(?<![\\p{L}\\p{N}\\-.\u2011])(?:"
            + "(с)(?=[ \u00A0](?:[сзшжщСЗШЖЩ][бвгджзйклмнпрстфхцчшщ]|[вВ][зст]|[мМ]но[йю](?![а-яё])))"
            + "|(к)(?=[ \u00A0](?:[вВ][ст]|[мМ]не(?![а-яё])|[мМ]ног(?:им|ому)(?![а-яё])|[дД]ню(?![а-яё])))"
            + "|(в)(?=[ \u00A0](?:[вфВФ][бвгджзйклмнпрстфхцчшщ]|[мМ]не(?![а-яё])|[мМ]ног(?:ом|их|ие)(?![а-яё]))))");

    private static final String MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    /** «19 сентября»: the day stays with its month. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])\\d{1,2}( )(?:" + MONTHS + ")(?![а-яё])");
    /** «2025 года», «2025 году»: the year stays with its word («2025 г.» is {@link Typography}'s). */
    private static final Pattern YEAR_WORD = Pattern.compile("(?<![\\d.])\\d{4}( )(?:год[аеуо]?м?)(?![а-яё])");

    /**
     * An e-mail address (ktis-sferum@example.ru), a web address with its scheme or www, or a bare domain name
     * with a Russian or common top-level domain (prof-sferum.ru, sferum.ru/?p=help), with any path after it.
     */
    public static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"
                    + "|(?:https?://|www\\.)[^\\s\u00A0«»\"<>]*[^\\s\u00A0«»\"<>.,;:!?)]"
                    + "|(?<![\\w.@/\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?\\.)+(?:ru|su|com|org|net|info|рф)"
                    + "(?:/[^\\s\u00A0«»\"<>]*[^\\s\u00A0«»\"<>.,;:!?)])?(?![\\w\\-])");

    /** A document's number after «№» (120-од, 01-10/112): like an address, it never breaks at its hyphen or slash. */
    private static final Pattern NUMBER = Pattern.compile("№[ \u00A0]+([^\\s\u00A0«»(),;]*[^\\s\u00A0«»(),;.:])");
    /** The abbreviations of a postal address (ул. Ленина, д. 5, корп. 2, кв. 7, пр. Мира) keep to the word after them. */
    private static final Pattern ADDRESS_PART = Pattern.compile("(?<![\\p{L}.])(?:ул|д|пр|пер|просп|корп|стр|кв|пл|наб|ш|обл|тел)\\.( )(?=[\\p{L}\\d])");

    /**
     * An abbreviated name keeps together: «МАУ ДО», «КГА ПОУ «КТИС»», «ИКОП «Сферум»», «МБОУ «Лицей …» — a capital
     * abbreviation of two to six letters is bound to the next abbreviation or to the quoted name after it.
     */
    private static final Pattern ABBREVIATED_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[А-ЯЁ]{2,6}( )(?=[А-ЯЁ]{2,6}(?![\\p{L}])|«)");

    /**
     * A Latin abbreviation keeps to the capitalised word it names a thing with: «VK Мессенджер», «MAX Мессенджер»
     * never part at a line's end.
     */
    private static final Pattern LATIN_ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2,6}( )(?=\\p{Lu}\\p{Ll})");

    /**
     * Inside a name in quotation marks, a word keeps to the one-word name quoted within it: «Лицей „ДЕРЖАВА“»,
     * «Центр детского творчества „Радуга“» never end a line before the inner name. Only the inner quotes („…“, or
     * «…» when quotes are not alternated) bind: a top-level «Сферум» stays free, so that an abbreviated name bound
     * to it (МБОУ «…») does not grow into a run the justified line has to stretch around.
     */
    private static final Pattern QUOTED_NAME = Pattern.compile("(?<=«[^«»„“]{0,60}[\\p{L}\\p{N}])( )(?=[„«][^\\s\u00A0«»„“]{1,20}[“»]»)");

    private Words() {
    }

    /** {@code s} with the rules applied, as one paragraph's text. */
    static String apply(String s) {
        return new Edits(s).result(0, s.length());
    }

    /** The runs again with the rules applied over their joined text; line breaks end a paragraph's line. */
    static List<Inline> apply(List<Inline> runs) {
        StringBuilder all = new StringBuilder();
        int[] starts = new int[runs.size() + 1];
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = all.length();
            Inline inline = runs.get(i);
            if (inline instanceof Text t) {
                all.append(t.text());
            } else if (inline instanceof LineBreak) {
                all.append('\n');
            } else if (inline instanceof Blank) {
                // A line to fill in: a word of its own, which a short word before it stays with.
                all.append('_');
            }
        }
        starts[runs.size()] = all.length();
        Edits edits = new Edits(all.toString());
        if (!edits.any) {
            return runs;
        }
        List<Inline> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Inline inline = runs.get(i);
            out.add(inline instanceof Text t ? t.withText(edits.result(starts[i], starts[i + 1])) : inline);
        }
        return out;
    }

    /** Whether {@code word} is one of the short words no line may end with. */
    public static boolean bindsToNext(String word) {
        return SHORT_WORD.matcher(word).matches();
    }

    /** Where a preposition с, к, в stands without the vowel the next word asks for («с своими»), or -1. */
    public static int missingVowel(String text) {
        Matcher m = VOWEL.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The text without word joiners: what a font draws, what HTML shows and a reader copies. */
    public static String withoutJoiners(String s) {
        return s.indexOf(WORD_JOINER) < 0 ? s : s.replace(String.valueOf(WORD_JOINER), "");
    }

    /** What changes where: a no-break space for a space, a vowel or a word joiner after a character. */
    private static final class Edits {
        private final String text;
        private final boolean[] bind;
        private final char[] after;
        private boolean any;

        Edits(String text) {
            this.text = text;
            this.bind = new boolean[text.length()];
            this.after = new char[text.length()];
            if (text.indexOf(' ') >= 0) {
                Matcher v = VOWEL.matcher(text);
                while (v.find()) {
                    after[v.start()] = 'о';
                    any = true;
                }
                bindGroup(SHORT.matcher(text));
                bindGroup(ABBREVIATED_NAME.matcher(text));
                bindGroup(LATIN_ABBREVIATION.matcher(text));
                bindGroup(QUOTED_NAME.matcher(text));
                if (text.indexOf('.') >= 0) {
                    bindGroup(ADDRESS_PART.matcher(text));
                }
                if (hasDigit(text)) {
                    bindGroup(DAY_MONTH.matcher(text));
                    bindGroup(YEAR_WORD.matcher(text));
                }
            }
            if (text.indexOf('-') >= 0 || text.indexOf('/') >= 0) {
                Matcher a = ADDRESS.matcher(text);
                while (a.find()) {
                    join(a.start(), a.end());
                }
                if (text.indexOf('№') >= 0) {
                    Matcher n = NUMBER.matcher(text);
                    while (n.find()) {
                        join(n.start(1), n.end(1));
                    }
                }
            }
        }

        /** A word joiner after every hyphen and slash inside {@code from}..{@code to}: no line breaks there. */
        private void join(int from, int to) {
            for (int i = from; i < to - 1; i++) {
                char c = text.charAt(i);
                if ((c == '-' || c == '/') && text.charAt(i + 1) != WORD_JOINER) {
                    after[i] = WORD_JOINER;
                    any = true;
                }
            }
        }

        /** Group 1 of every match, a space, becomes a no-break space. */
        private void bindGroup(Matcher m) {
            while (m.find()) {
                bind[m.start(1)] = true;
                any = true;
            }
        }

        private static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isDigit(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        String result(int from, int to) {
            if (!any) {
                return text.substring(from, to);
            }
            StringBuilder sb = new StringBuilder(to - from + 4);
            for (int i = from; i < to; i++) {
                sb.append(bind[i] ? NBSP : text.charAt(i));
                if (after[i] != 0) {
                    sb.append(after[i]);
                }
            }
            return sb.toString();
        }
    }
}
