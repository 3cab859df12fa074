package ru.lokalakt.web;

import ru.lokalakt.generate.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Saved profiles: one YAML file per institution in the data folder, named by a validated id, written atomically.
 * Each text has a version (its SHA-256); a save names the version it started from, and a save over a newer one is
 * refused, so a second tab cannot silently undo the first one's changes.
 */
public final class ProfileStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** The version of a profile that does not exist yet. */
    public static final String NEW = "new";

    private final Path folder;

    public ProfileStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** A saved profile and its version. */
    public record Saved(String name, String text, String version) {
    }

    /** The outcome of a save: the new version, or the version found instead of the expected one. */
    public record SaveResult(boolean saved, String version) {
    }

    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.contains("..");
    }

    private Path file(String name) {
        if (!validName(name)) {
            throw new IllegalArgumentException(name);
        }
        Path file = folder.resolve(name + ".yaml").normalize();
        if (!file.getParent().equals(folder)) {
            throw new IllegalArgumentException(name);
        }
        return file;
    }

    public List<String> names() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).filter(ProfileStore::validName).sorted().toList();
        }
    }

    public Saved read(String name) throws IOException {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new Saved(name, text, version(text));
    }

    /** Saves when the stored version is still {@code expected} ({@link #NEW}: when there is none yet). */
    public synchronized SaveResult save(String name, String text, String expected) throws IOException {
        Path file = file(name);
        String current = Files.isRegularFile(file) ? version(Files.readString(file, StandardCharsets.UTF_8)) : NEW;
        if (!current.equals(expected)) {
            return new SaveResult(false, current);
        }
        Files.createDirectories(folder);
        OutputWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
        return new SaveResult(true, version(text));
    }

    static String version(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
