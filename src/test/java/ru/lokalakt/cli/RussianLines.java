package ru.lokalakt.cli;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user may be told: short plain Russian lines, never a stack trace or a library's English. */
final class RussianLines {
    /** Words of SnakeYAML's, the JDK's and the web server's own English messages. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![\\p{L}\\d_])(found|expected|while|scanning|parsing|"
            + "could|allowed|undefined|unexpected|exception|error|cannot|invalid|unknown|must|line|column|the|not|null|"
            + "java|reader|stream|internal|server)(?![\\p{L}\\d_])");
    /** Longer than this, once the quoted values and paths are taken out, is no longer a short message. */
    private static final int MAX = 300;

    private RussianLines() {
    }

    static void check(String line, Object context) {
        String bare = bare(line);
        String where = line + "\n" + context;
        assertFalse(line.isBlank(), "an empty message: " + context);
        assertFalse(line.contains("\tat ") || line.matches("(?s).*\\w+(Exception|Error)\\b.*"), "a trace: " + where);
        assertTrue(bare.matches("(?s).*[А-Яа-яЁё].*"), "Russian: " + where);
        assertTrue(bare.length() <= MAX, "short: " + where);
        assertFalse(ENGLISH.matcher(bare).find(), "no English: " + where);
    }

    /**
     * The line without what it quotes from the input («…», nested too), without file paths and without the
     * lists of field names it enumerates («institution (full_name, short_name, city)»).
     */
    static String bare(String line) {
        String s = line;
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = s.replaceAll("«[^«»]*»", "«»");
        }
        return s.replaceAll("(/[^\\s:;,()«»]+)+", "/…").replaceAll("\\(([a-z_0-9]+, )*[a-z_0-9]+\\)", "(…)");
    }

    /** A JSON string literal's text. */
    static String unquote(String literal) {
        if (literal.equals("null")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char ch = literal.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
