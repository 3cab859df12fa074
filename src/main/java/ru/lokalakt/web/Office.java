package ru.lokalakt.web;

import ru.lokalakt.generate.OutputWriter;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a regional office does with all its institutions at once: their list with the state of each profile, the
 * documents of all or some of them in one ZIP (made by the batch engine), the amending orders of those whose
 * regulation changed since a date, and the region files every profile inherits (the office's own edition of a
 * bundled region, in {@code .office/profiles/regions/} of the data folder).
 */
final class Office {
    /** A ZIP's entries carry this time: the same profiles give the same bytes. */
    private static final long ZIP_TIME = LocalDate.of(2024, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final String REGION = "[a-z0-9][a-z0-9_-]{0,79}";

    private final WebEngine engine;
    private final ProfileStore store;
    private final Institutions registry;
    private final Path parents;
    /** A profile's state by its version and the region files' edition: checked once, not at every listing. */
    private final Map<String, Summary> summaries = new ConcurrentHashMap<>();

    private record Summary(String key, int errors, int ready, int documents) {
    }

    Office(WebEngine engine, ProfileStore store, Institutions registry) {
        this.engine = engine;
        this.store = store;
        this.registry = registry;
        this.parents = store.folder().resolve(".office").resolve("profiles");
        engine.ownParents(parents);
    }

    Institutions registry() {
        return registry;
    }

    /** Every institution with its link's state and its profile's: not begun, complete, or how many errors. */
    List<Map<String, Object>> list() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Institutions.Institution i : registry.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("title", i.title());
            m.put("link", i.active() ? "действует" : "отозвана");
            m.put("active", i.active());
            ProfileStore.Saved saved = store.read(i.name());
            if (saved == null) {
                m.put("state", "не заполнялись");
                m.put("saved", false);
            } else {
                Summary s = summary(i.name(), saved);
                m.put("saved", true);
                m.put("errors", s.errors());
                m.put("ready", s.ready());
                m.put("documents", s.documents());
                m.put("state", s.errors() == 0 ? "заполнены" : "ошибок: " + s.errors());
                List<ProfileStore.Version> versions = store.versions(i.name());
                if (!versions.isEmpty()) {
                    ProfileStore.Version last = versions.get(versions.size() - 1);
                    m.put("time", last.time());
                    m.put("who", last.who());
                    m.put("versions", versions.size());
                }
            }
            out.add(m);
        }
        return out;
    }

    private Summary summary(String name, ProfileStore.Saved saved) {
        String key = saved.version() + ":" + engine.parentsEdition();
        Summary known = summaries.get(name);
        if (known != null && known.key().equals(key)) {
            return known;
        }
        WebEngine.Report report = engine.checked(saved.text());
        int documents = report.profile() == null ? 0 : engine.documents(report.profile()).size();
        Summary s = new Summary(key, report.problems().size(), report.ready().size(), documents);
        summaries.put(name, s);
        return s;
    }

    /** A name for a new institution, made from its title, free among the institutions and the saved profiles. */
    String freeName(String title) throws IOException {
        java.util.Set<String> taken = new java.util.HashSet<>(store.names());
        registry.list().forEach(i -> taken.add(i.name()));
        return WebEngine.suggestId(title, taken);
    }

    /**
     * The documents of these institutions (all when none are named), DOCX and PDF, made by the batch engine from
     * their saved profiles and the office's region files: a folder per institution and the batch's manifest.
     */
    byte[] documents(List<String> names) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("lokalakt-office");
        try {
            Path profiles = work.resolve("profiles");
            Files.createDirectories(profiles);
            copyRegions(profiles);
            List<Path> files = new ArrayList<>();
            StringBuilder skipped = new StringBuilder();
            for (String name : names) {
                ProfileStore.Saved saved = store.read(name);
                Object id = saved == null ? null : ProfileLoader.ownData(saved.text(), name + ".yaml").get("id");
                if (saved != null && !name.equals(id)) {
                    // The batch names each folder by the profile's id: a profile naming another's would take its folder.
                    skipped.append(name).append(": в профиле id «").append(id).append("», а не «").append(name)
                            .append("» — профиль не вошёл, исправьте id\r\n");
                } else if (saved != null) {
                    Path file = profiles.resolve(name + ".yaml");
                    Files.writeString(file, saved.text(), StandardCharsets.UTF_8);
                    files.add(file);
                }
            }
            Path out = work.resolve("out");
            Files.createDirectories(out);
            engine.batch(files, out);
            if (!skipped.isEmpty()) {
                Files.writeString(out.resolve("не-вошли.txt"), skipped.toString(), StandardCharsets.UTF_8);
            }
            // The manifest names each profile by the file it was read from: here, by its name alone.
            for (String manifest : List.of("manifest.csv", "manifest.json")) {
                Path file = out.resolve(manifest);
                if (Files.isRegularFile(file)) {
                    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                            .replace(profiles + java.io.File.separator, ""), StandardCharsets.UTF_8);
                }
            }
            return zip(out);
        } finally {
            delete(work);
        }
    }

    /** The region files the office edited, beside the copied profiles, where the loader looks before the bundled. */
    private void copyRegions(Path profiles) throws IOException {
        Path own = parents.resolve("regions");
        if (!Files.isDirectory(own)) {
            return;
        }
        Path target = profiles.resolve("regions");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(own)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    /** The result of the amending orders since a date, institution by institution. */
    record Amendments(byte[] zip, int orders) {
    }

    /**
     * For each of these institutions, the amending order between the profile as it stood before {@code since}
     * (its last version saved earlier) and the profile now, when its regulation reads differently; with a table of
     * what came of each institution ({@code итоги.csv}).
     */
    Amendments amendments(LocalDate since, List<String> names, String format) throws IOException {
        OffsetDateTime start = since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        StringBuilder table = new StringBuilder("\uFEFFорганизация;итог\r\n");
        int orders = 0;
        for (String name : names) {
            Institutions.Institution i = registry.get(name);
            String title = i == null || i.title().isBlank() ? name : i.title();
            ProfileStore.Saved now = store.read(name);
            int last = 0;
            for (ProfileStore.Version v : store.versions(name)) {
                if (OffsetDateTime.parse(v.time()).isBefore(start)) {
                    last = v.number();
                }
            }
            String before = last == 0 ? null : store.version(name, last);
            String result;
            if (now == null || before == null) {
                result = "профиль до " + since.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + " не сохранялся — изменять нечего";
            } else if (ProfileStore.version(before).equals(now.version())) {
                result = "профиль не менялся";
            } else {
                try {
                    WebEngine.Output out = engine.amend(before, now.text(), format);
                    entries.put(name + "/" + out.file().fileName(), out.file().bytes());
                    result = "приказ о внесении изменений: " + name + "/" + out.file().fileName();
                    orders++;
                } catch (WebEngine.Invalid e) {
                    String why = e.problems().isEmpty() ? "" : e.problems().get(0).message();
                    result = why.equals(WebEngine.UNCHANGED)
                            ? "сведения изменились, текст Положения — нет: приказ о внесении изменений не нужен"
                            : "приказ не составлен: " + why;
                }
            }
            table.append(cell(title)).append(';').append(cell(result)).append("\r\n");
        }
        entries.put("итоги.csv", table.toString().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return new Amendments(bytes.toByteArray(), orders);
    }

    /** A cell of a CSV for Excel («;»): quoted when it holds «;», a quote or a line break. */
    static String cell(String s) {
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---- the region files ------------------------------------------------------------------------------------

    /** A region's file as profiles inherit it now: the office's edition, else the bundled one; null if none. */
    String region(String code) throws IOException {
        if (code == null || !code.matches(REGION)) {
            return null;
        }
        Path own = parents.resolve("regions").resolve(code + ".yaml");
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        Path bundled = engine.profilesFolder().resolve("regions").resolve(code + ".yaml");
        return Files.isRegularFile(bundled) ? Files.readString(bundled, StandardCharsets.UTF_8) : null;
    }

    /** Whether the office has its own edition of a region's file. */
    boolean ownRegion(String code) {
        return code != null && code.matches(REGION) && Files.isRegularFile(parents.resolve("regions").resolve(code + ".yaml"));
    }

    /**
     * Saves the office's edition of a region's file after reading it as a profile's parent: YAML whose
     * {@code region.name} is given. Every profile of the region reads it from the next request on.
     * Throws {@link ProfileException} with the line of what is wrong.
     */
    void saveRegion(String code, String text) throws IOException {
        Map<String, Object> data = ProfileLoader.ownData(text, code + ".yaml");
        if (!(data.get("region") instanceof Map<?, ?> region) || region.get("name") == null) {
            throw new ProfileException(new ru.lokalakt.profile.Location(Path.of(code + ".yaml"), 1, 1), "region.name",
                    "в файле региона нет его наименования (region.name)");
        }
        Path file = parents.resolve("regions").resolve(code + ".yaml");
        Files.createDirectories(file.getParent());
        OutputWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
        engine.parentsChanged();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                put(zip, folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
