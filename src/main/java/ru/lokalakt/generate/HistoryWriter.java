package ru.lokalakt.generate;

import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records the history of editions in the new edition's own profile file, so that the next amendment lists every
 * order without anyone retyping them: the section is appended at the end of the file, its other lines untouched.
 */
public final class HistoryWriter {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private HistoryWriter() {
    }

    /**
     * Appends {@code history} to {@code file} unless the file itself already has it (it was checked to agree);
     * the file is replaced whole, never left half-written. Returns whether it wrote.
     */
    public static boolean append(Path file, Profile profile, Map<String, Object> history) throws IOException {
        Location own = profile.get("history") == null ? null : profile.locationOf("history");
        if (own != null && own.file() != null && sameFile(own.file(), file)) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append('\n');
        }
        out.append("\n# История редакций Положения: кем принята первая редакция и какими приказами вносились изменения.\n");
        out.append("# Её дописывает lokalakt amend по действующей редакции; следующий приказ о внесении изменений берёт её отсюда.\n");
        out.append("history:\n");
        write(out, history, 1);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void write(StringBuilder out, Map<?, ?> map, int depth) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(out, depth);
            out.append(e.getKey()).append(':');
            value(out, e.getValue(), depth);
        }
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> m) {
            out.append('\n');
            write(out, m, depth + 1);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Object item : list) {
                indent(out, depth + 1);
                out.append("-");
                if (item instanceof Map<?, ?> m) {
                    boolean first = true;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        if (first) {
                            out.append(' ');
                            first = false;
                        } else {
                            indent(out, depth + 2);
                        }
                        out.append(e.getKey()).append(':');
                        value(out, e.getValue(), depth + 2);
                    }
                } else {
                    value(out, item, depth + 1);
                }
            }
        } else {
            out.append(' ').append(scalar(String.valueOf(value))).append('\n');
        }
    }

    private static String scalar(String s) {
        if (ISO_DATE.matcher(s).matches()) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }
}
