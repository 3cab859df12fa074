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
        Location own = profile.get("history") == null ? null : profile.locationOf("history");
        if (own != null && own.file() != null && sameFile(own.file(), file)) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        StringBuilder out = new StringBuilder(text);
        if (!text.isEmpty()) {
            out.append("\n\n");
        }
        out.append("# История редакций Положения: кем принята первая редакция и какими приказами вносились изменения.\n");
        out.append("# Её дописывает lokalakt amend по действующей редакции; следующий приказ о внесении изменений берёт её отсюда.\n");
        out.append(ProfileYaml.write(Map.of("history", history), null));
        OutputWriter.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
