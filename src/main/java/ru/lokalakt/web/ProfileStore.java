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
    /** The time versions and the audit log are stamped with. */
    private final java.time.Clock clock;

    public ProfileStore(Path folder) {
        this(folder, java.time.Clock.systemUTC());
    }

    /** With this clock: a test's saves made on the days it names. */
    ProfileStore(Path folder, java.time.Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The layout of the data folder this program writes: 1 — saved profiles, their versions, the audit log;
     * 2 — every saved profile has its history (a profile saved before versions were kept gets its first one) and
     * the office's files may stand in {@code .office/}.
     */
    public static final int FORMAT = 2;
    private static final String FORMAT_FILE = ".format";

    /**
     * Makes the data folder ready for a server, or says in Russian why it cannot be: it is created if missing, must
     * be writable (a server that could not save would lose a secretary's work at the first save), and carries the
     * number of its layout; a folder of a newer layout is refused, an older one would be migrated here.
     */
    public void prepare() throws IOException {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IOException("в папку данных " + folder + " нельзя записывать: сервер не сможет сохранять профили");
        }
        Path format = folder.resolve(FORMAT_FILE);
        // A folder without a number holds saved profiles only: what format 1 holds.
        int found = 1;
        if (Files.isRegularFile(format)) {
            String given = Files.readString(format, StandardCharsets.UTF_8).strip();
            if (!given.matches("\\d{1,3}") || Integer.parseInt(given) > FORMAT) {
                throw new IOException("папка данных " + folder + " записана более новой версией lokalakt (формат «" + given
                        + "»): обновите программу");
            }
            found = Integer.parseInt(given);
        }
        if (found < 2) {
            migrateToHistory();
        }
        if (found < FORMAT || !Files.isRegularFile(format)) {
            OutputWriter.write(format, (FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 1 → 2: a profile saved before versions were kept gets its text as its first version, so every one has a history. */
    private void migrateToHistory() throws IOException {
        for (String name : names()) {
            if (versions(name).isEmpty()) {
                Saved saved = read(name);
                Path kept = versionsOf(name).resolve(String.format("%06d.yaml", 1));
                Files.createDirectories(kept.getParent());
                OutputWriter.write(kept, saved.text().getBytes(StandardCharsets.UTF_8));
                append(versionsOf(name).resolve(INDEX), "1\t" + now() + "\t" + saved.version() + "\tпрограмма\t"
                        + "перенесён при обновлении папки данных");
            }
        }
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
    public SaveResult save(String name, String text, String expected) throws IOException {
        return save(name, text, expected, "сохранение", "страница");
    }

    /**
     * Saves as {@link #save(String, String, String)} and keeps the text as the profile's next version
     * ({@code .versions/<name>/NNNNNN.yaml}, never rewritten), with a line in the audit log: when, who, what.
     * The version is written before the profile: a save cut short leaves the previous profile whole, and at worst
     * a version nobody saw.
     */
    public SaveResult save(String name, String text, String expected, String action, String who) throws IOException {
        // One save of a profile at a time; saves of different profiles go side by side.
        synchronized (locks.computeIfAbsent(name, n -> new Object())) {
            return saveLocked(name, text, expected, action, who);
        }
    }

    /** A lock per profile name: profiles of hundreds of institutions are saved at once without waiting for each other. */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Object auditLock = new Object();

    private SaveResult saveLocked(String name, String text, String expected, String action, String who) throws IOException {
        Path file = file(name);
        String current = Files.isRegularFile(file) ? version(Files.readString(file, StandardCharsets.UTF_8)) : NEW;
        if (!current.equals(expected)) {
            return new SaveResult(false, current);
        }
        Files.createDirectories(folder);
        String version = version(text);
        int n = versions(name).size() + 1;
        Path kept = versionsOf(name).resolve(String.format("%06d.yaml", n));
        Files.createDirectories(kept.getParent());
        OutputWriter.write(kept, text.getBytes(StandardCharsets.UTF_8));
        append(versionsOf(name).resolve(INDEX), n + "\t" + now() + "\t" + version + "\t" + clean(who) + "\t" + clean(action));
        OutputWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
        audit(who, name, action, version);
        return new SaveResult(true, version);
    }

    // ---- versions and the audit log ------------------------------------------------------------------------

    private static final String VERSIONS = ".versions";
    private static final String INDEX = "index.tsv";
    private static final String AUDIT = "audit.tsv";

    /** One saved version of a profile: its number (from 1), when, its version hash, who saved it and how. */
    public record Version(int number, String time, String version, String who, String action) {
    }

    /** One line of the audit log. */
    public record Entry(String time, String who, String profile, String action, String version) {
    }

    private Path versionsOf(String name) {
        file(name);
        return folder.resolve(VERSIONS).resolve(name);
    }

    /** The versions of a profile, oldest first. */
    public List<Version> versions(String name) throws IOException {
        Path index = versionsOf(name).resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        List<Version> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length == 5 && f[0].matches("\\d{1,6}")) {
                out.add(new Version(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    /** The text of version {@code n} of a profile, or null. */
    public String version(String name, int n) throws IOException {
        Path kept = versionsOf(name).resolve(String.format("%06d.yaml", n));
        return n >= 1 && Files.isRegularFile(kept) ? Files.readString(kept, StandardCharsets.UTF_8) : null;
    }

    /** Records an action that changed nothing (a download) in the audit log. */
    public void audit(String who, String profile, String action, String version) throws IOException {
        Files.createDirectories(folder);
        synchronized (auditLock) {
            append(folder.resolve(AUDIT), now() + "\t" + clean(who) + "\t" + clean(profile) + "\t" + clean(action) + "\t"
                    + clean(version));
        }
    }

    /** The audit log, oldest first. */
    public List<Entry> auditLog() throws IOException {
        Path log = folder.resolve(AUDIT);
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        List<Entry> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                out.add(new Entry(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    /** Appends a line and forces it to the disk: an append-only file is never rewritten. */
    private static void append(Path file, String line) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            // The data, not the file's times: what a line needs to survive.
            ch.force(false);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }

    private String now() {
        return java.time.OffsetDateTime.now(clock.withZone(java.time.ZoneOffset.UTC))
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
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
