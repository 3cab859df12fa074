package ru.lokalakt.generate;

import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileYaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Records the history of editions in the new edition's own profile file, so that the next amendment lists every
 * order without anyone retyping them: the section is appended at the end of the file, its other lines untouched.
 */
public final class HistoryWriter {
    private HistoryWriter() {
    }

    /**
     * Appends {@code history} to {@code file} unless the file itself already has it (it was checked to agree);
     * the file is replaced whole, never left half-written. Returns whether it wrote.
     */
    public static boolean append(Path file, Profile profile, Map<String, Object> history) throws IOException {
        return append(file, profile, history, "");
    }

    /**
     * As {@link #append(Path, Profile, Map)} for a package that keeps its acts in {@code section}: the history goes
     * at the end of that section's block (a section the file lacks is added at its end).
     */
    public static boolean append(Path file, Profile profile, Map<String, Object> history, String section) throws IOException {
        file = file.toAbsolutePath().normalize();
        String path = section.isEmpty() ? "history" : section + ".history";
        Location own = profile.get(path) == null ? null : profile.locationOf(path);
        if (own != null && own.file() != null && sameFile(own.file(), file)) {
            return false;
        }
        String comment = "# История редакций Положения: кем принята первая редакция и какими приказами вносились изменения.\n"
                + "# Её дописывает lokalakt amend по действующей редакции; следующий приказ о внесении изменений берёт её отсюда.\n";
        String block = comment + ProfileYaml.write(Map.of("history", history), null);
        String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        String result;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(section)
                + ":[ \\t]*(#.*)?$").matcher(text);
        if (section.isEmpty() || !m.find()) {
            String whole = section.isEmpty() ? block : section + ":\n" + indent(block);
            result = text + (text.isEmpty() ? "" : "\n\n") + whole;
        } else {
            // The end of the section's block: the next line that starts a top-level key (or the end of the file).
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("(?m)^[^\\s#]").matcher(text);
            int end = next.find(m.end()) ? next.start() : text.length();
            String head = text.substring(0, end).stripTrailing();
            String tail = text.substring(end);
            result = head + "\n" + indent(block) + (tail.isEmpty() ? "" : "\n" + tail);
        }
        OutputWriter.write(file, (result.endsWith("\n") ? result : result + "\n").getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static String indent(String yaml) {
        StringBuilder out = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
