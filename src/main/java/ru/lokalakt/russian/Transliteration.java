package ru.lokalakt.russian;

import java.util.Locale;
import java.util.Map;

/**
 * Russian words in Latin letters for a file name, as the bundled regions are named («permskiy-kray»): each letter by
 * the passport-style table with «й» as «y», «х» as «kh»; the soft and hard signs dropped; anything else between words a
 * hyphen.
 */
public final class Transliteration {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Transliteration() {
    }

    /** «МАДОУ «Детский сад № 5»» → «madou-detskiy-sad-5»: lower-case Latin letters, digits and hyphens. */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = LETTERS.get(c);
            if (latin == null && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                latin = String.valueOf(c);
            }
            if (latin == null) {
                gap = true;
                continue;
            }
            if (latin.isEmpty()) {
                continue;
            }
            if (gap && out.length() > 0) {
                out.append('-');
            }
            gap = false;
            out.append(latin);
        }
        return out.toString();
    }
}
