package ru.lokalakt.web;

import ru.lokalakt.generate.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may use a server in office mode: the office's keys and the institutions with their access links. A key or a
 * link is a long random token shown once; only its SHA-256 is kept ({@code .office/keys.tsv},
 * {@code .office/institutions.tsv} in the data folder, each rewritten whole and atomically), so a copy of the data
 * folder opens nothing.
 */
public final class Institutions {
    private static final String FOLDER = ".office";
    private static final String KEYS = "keys.tsv";
    private static final String INSTITUTIONS = "institutions.tsv";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An institution: its id (the name its profile is saved under), its title, whether its link works, since when. */
    public record Institution(String name, String title, boolean active, String created) {
    }

    private record Row(String name, String title, String hash, boolean active, String created) {
        Institution institution() {
            return new Institution(name, title, active, created);
        }
    }

    private final Path folder;
    private final Map<String, Row> byName = new LinkedHashMap<>();
    private final Map<String, String> officeKeys = new LinkedHashMap<>();
    /** When the keys' file was last read: a key added by {@code lokalakt office-key} is seen at the next request. */
    private java.nio.file.attribute.FileTime keysRead;

    private Institutions(Path dataFolder) {
        this.folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER);
    }

    /** The office's registry in a data folder, read from its files (none yet: empty). */
    public static Institutions in(Path dataFolder) throws IOException {
        Institutions out = new Institutions(dataFolder);
        out.read();
        return out;
    }

    private void read() throws IOException {
        readKeys();
        Path list = folder.resolve(INSTITUTIONS);
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 5 && ProfileStore.validName(f[0])) {
                    byName.put(f[0], new Row(f[0], f[1], f[2], f[3].equals("active"), f[4]));
                }
            }
        }
    }

    private void readKeys() throws IOException {
        Path keys = folder.resolve(KEYS);
        officeKeys.clear();
        keysRead = null;
        if (Files.isRegularFile(keys)) {
            keysRead = Files.getLastModifiedTime(keys);
            for (String line : Files.readAllLines(keys, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2 && f[0].matches("[0-9a-f]{64}")) {
                    officeKeys.put(f[0], f[1]);
                }
            }
        }
    }

    /** The keys' file read again when it changed since: keys added or removed beside a running server. */
    private void refreshKeys() {
        try {
            Path keys = folder.resolve(KEYS);
            java.nio.file.attribute.FileTime now = Files.isRegularFile(keys) ? Files.getLastModifiedTime(keys) : null;
            if (!java.util.Objects.equals(now, keysRead)) {
                readKeys();
            }
        } catch (IOException e) {
            // the keys known stay
        }
    }

    /** A new random token: 32 bytes, URL-safe, 43 characters. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized boolean hasOfficeKeys() {
        refreshKeys();
        return !officeKeys.isEmpty();
    }

    /** A new administrator key of the office: returned once, kept as its hash. */
    public synchronized String newOfficeKey() throws IOException {
        refreshKeys();
        String token = token();
        officeKeys.put(hash(token), now());
        writeKeys();
        return token;
    }

    /** Whether a token is one of the office's keys. */
    public synchronized boolean office(String token) {
        refreshKeys();
        return token != null && officeKeys.containsKey(hash(token));
    }

    /** The institution a token opens, or null (unknown or revoked). */
    public synchronized String institution(String token) {
        if (token == null) {
            return null;
        }
        String h = hash(token);
        for (Row r : byName.values()) {
            if (r.active && MessageDigest.isEqual(r.hash.getBytes(StandardCharsets.US_ASCII), h.getBytes(StandardCharsets.US_ASCII))) {
                return r.name;
            }
        }
        return null;
    }

    public synchronized List<Institution> list() {
        return byName.values().stream().map(Row::institution).toList();
    }

    public synchronized Institution get(String name) {
        Row r = byName.get(name);
        return r == null ? null : r.institution();
    }

    /** Adds an institution under a free name; its access token, returned once. */
    public synchronized String add(String name, String title) throws IOException {
        if (!ProfileStore.validName(name) || byName.containsKey(name)) {
            throw new IllegalArgumentException(name);
        }
        String token = token();
        byName.put(name, new Row(name, clean(title), hash(token), true, now()));
        writeInstitutions();
        return token;
    }

    /** A new link for an institution: the old one stops working at once. */
    public synchronized String reissue(String name) throws IOException {
        Row r = byName.get(name);
        if (r == null) {
            return null;
        }
        String token = token();
        byName.put(name, new Row(name, r.title, hash(token), true, r.created));
        writeInstitutions();
        return token;
    }

    /** Revokes an institution's link; false when there is no such institution. */
    public synchronized boolean revoke(String name) throws IOException {
        Row r = byName.get(name);
        if (r == null) {
            return false;
        }
        byName.put(name, new Row(name, r.title, r.hash, false, r.created));
        writeInstitutions();
        return true;
    }

    private void writeKeys() throws IOException {
        StringBuilder out = new StringBuilder();
        officeKeys.forEach((h, created) -> out.append(h).append('\t').append(created).append('\n'));
        Files.createDirectories(folder);
        OutputWriter.write(folder.resolve(KEYS), out.toString().getBytes(StandardCharsets.UTF_8));
        keysRead = Files.getLastModifiedTime(folder.resolve(KEYS));
    }

    /** Removes every key of the office but the one given (by its token); how many were removed. */
    public synchronized int revokeOfficeKeysBut(String kept) throws IOException {
        refreshKeys();
        int before = officeKeys.size();
        officeKeys.keySet().removeIf(h -> kept == null || !h.equals(hash(kept)));
        writeKeys();
        return before - officeKeys.size();
    }

    private void writeInstitutions() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Row r : byName.values()) {
            out.append(String.join("\t", r.name, r.title, r.hash, r.active ? "active" : "revoked", r.created)).append('\n');
        }
        Files.createDirectories(folder);
        OutputWriter.write(folder.resolve(INSTITUTIONS), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ").strip();
    }

    private static String now() {
        return java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
    }
}
