package ru.lokalakt.profile;

import java.util.List;
import java.util.Map;

/**
 * The one writer of profile YAML: {@code lokalakt init}'s starter file and the profile the web page saves, with the
 * same quoting rules. A value is written plain where YAML reads it back as the same text, quoted otherwise.
 */
public final class ProfileYaml {
    private ProfileYaml() {
    }

    /** A value as YAML: quoted where YAML would read it otherwise (a number, «:», «#», a leading sign, a line break). */
    public static String scalar(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}") || value.matches("[\\p{L}][\\p{L}\\p{N} .,«»№()/\\-]*")
                && !value.matches("(?i)(true|false|yes|no|on|off|null|y|n)") && !value.endsWith(" ")) {
            return value;
        }
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** A key: plain when it is a plain word, quoted otherwise. */
    static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_.-]*") ? key : scalar(key);
    }

    /** A profile's own data (maps, lists, strings, booleans, numbers) as a YAML document, under a comment line. */
    public static String write(Map<String, Object> data, String comment) {
        StringBuilder out = new StringBuilder();
        if (comment != null) {
            out.append("# ").append(comment).append('\n');
        }
        map(out, data, "");
        return out.toString();
    }

    private static void map(StringBuilder out, Map<?, ?> map, String pad) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            String k = key(String.valueOf(e.getKey()));
            if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) {
                    continue;
                }
                out.append(pad).append(k).append(":\n");
                map(out, m, pad + "  ");
            } else if (v instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.append(pad).append(k).append(": []\n");
                    continue;
                }
                out.append(pad).append(k).append(":\n");
                list(out, list, pad + "  ");
            } else {
                out.append(pad).append(k).append(": ").append(value(v)).append('\n');
            }
        }
    }

    private static void list(StringBuilder out, List<?> list, String pad) {
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                StringBuilder inner = new StringBuilder();
                map(inner, m, pad + "  ");
                out.append(pad).append("- ").append(inner.substring(pad.length() + 2));
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                out.append(pad).append("-\n");
                list(out, l, pad + "  ");
            } else {
                out.append(pad).append("- ").append(item == null ? "null" : value(item)).append('\n');
            }
        }
    }

    private static String value(Object v) {
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return String.valueOf(v);
        }
        return scalar(String.valueOf(v));
    }
}
