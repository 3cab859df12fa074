package ru.lokalakt.batch;

import ru.lokalakt.generate.Amender;
import ru.lokalakt.generate.HistoryWriter;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.OutputWriter;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.template.TemplateFailure;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders many institutions in parallel. Each task loads, renders and writes one institution and keeps only its
 * manifest rows; at most twice as many tasks as workers are in flight, so memory does not grow with the number
 * of profiles. A broken profile fails alone.
 */
public final class BatchRunner {
    /** What one institution came to. */
    public record Outcome(Path source, String institution, List<ManifestRow> rows, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final Generator generator;
    private final List<String> documentIds;
    private final List<SetOption> overrides;
    private final Path out;
    private final int jobs;
    private final boolean model;
    private final Map<String, Path> claimedIds = new ConcurrentHashMap<>();
    private final ThreadLocal<ProfileLoader> loaders;
    /** --amend-from: last year's profile of each institution, by id, and what writes the amending orders. */
    private Map<String, Path> olderProfiles = Map.of();
    private Amender amender;

    /** {@code model}: missing institution facts become blanks with hints instead of errors. */
    public BatchRunner(Generator generator, List<String> documentIds, List<SetOption> overrides, Path bundledProfiles,
                       Path out, int jobs, boolean model) {
        this.model = model;
        this.generator = generator;
        this.documentIds = List.copyOf(documentIds);
        this.overrides = List.copyOf(overrides);
        this.out = out;
        this.jobs = jobs;
        this.loaders = ThreadLocal.withInitial(() -> new ProfileLoader(bundledProfiles));
    }

    /**
     * Also writes, for every institution with a profile in {@code olderProfiles} (by id) whose regulation reads
     * differently now, the order that amends the regulation in force.
     */
    public BatchRunner amendFrom(Map<String, Path> olderProfiles, Amender amender) {
        this.olderProfiles = Map.copyOf(olderProfiles);
        this.amender = amender;
        return this;
    }

    private InputKeys keys;
    private Map<String, List<BuildState.Entry>> previous = Map.of();
    private boolean force;

    /**
     * Renders only what changed: an institution whose every file has the key recorded by the previous run
     * ({@code previous}, by profile file) and is on disk as recorded is not rendered at all; {@code force}
     * renders everything.
     */
    public BatchRunner incremental(InputKeys keys, Map<String, List<BuildState.Entry>> previous, boolean force) {
        this.keys = keys;
        this.force = force;
        Map<String, List<BuildState.Entry>> byPath = new java.util.HashMap<>();
        previous.forEach((source, rows) -> byPath.put(normal(source), rows));
        this.previous = byPath;
        return this;
    }

    private final Map<String, List<Path>> templateSources = new ConcurrentHashMap<>();

    /** The template files of a document, found once per run. */
    private List<Path> templates(String documentId) {
        return templateSources.computeIfAbsent(documentId, generator::templateSources);
    }

    private static String normal(String source) {
        return Path.of(source).toAbsolutePath().normalize().toString();
    }

    /** Runs every profile; {@code progress} hears of each outcome as it comes, from the worker threads. */
    public List<ManifestRow> run(List<Path> profiles, Consumer<Outcome> progress) throws InterruptedException {
        List<ManifestRow> rows = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "lokalakt-batch");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(jobs * 2);
        try {
            for (Path profile : profiles) {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        Outcome outcome = one(profile);
                        rows.addAll(outcome.rows());
                        progress.accept(outcome);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
        }
        return new ArrayList<>(rows);
    }

    Outcome one(Path source) {
        String sourceName = source.toString();
        String id = null;
        try {
            // Documents whose every file is as the previous run left it, keys unchanged: not rendered again.
            List<BuildState.Entry> before = previous.get(normal(sourceName));
            Map<String, List<ManifestRow>> kept = keys != null && !force ? unchanged(source, before) : Map.of();
            // A profile whose files are unchanged uses the packages it used last time: those of its previous rows.
            List<String> planned = generator.plan(ofPackages(before == null ? List.of()
                    : before.stream().map(e -> e.row().document()).toList()));
            if (!kept.isEmpty() && kept.keySet().containsAll(planned)
                    && (kept.containsKey(Amender.ORDER) || !olderProfiles.containsKey(kept.values().iterator().next().get(0).institution()))) {
                String keptId = kept.values().iterator().next().get(0).institution();
                if (claimedIds.putIfAbsent(keptId, source) == null) {
                    List<ManifestRow> rows = new ArrayList<>();
                    kept.values().forEach(rows::addAll);
                    return new Outcome(source, keptId, rows, null);
                }
                kept = Map.of(); // an id claimed twice: the full path reports it
            }
            generator.prepareAhead();
            Profile profile = loaders.get().load(source);
            List<String> inputs = loaders.get().inputs().stream().map(Path::toString).toList();
            for (SetOption o : overrides) {
                profile = o.apply(profile);
            }
            if (model || ru.lokalakt.profile.ModelProfile.requested(profile)) {
                profile = ru.lokalakt.profile.ModelProfile.fill(profile);
            }
            planned = generator.plan(forProfile(profile));
            id = profile.id();
            Path previous = claimedIds.putIfAbsent(id, source);
            if (previous != null) {
                throw new ProfileException(profile.locationOf("id"), "id", "id «" + id + "» уже занят профилем " + previous);
            }
            List<String> toRender = new ArrayList<>();
            for (String doc : planned) {
                if (!kept.containsKey(doc)) {
                    toRender.addAll(generator.bundles(documentIds).stream().filter(b -> b.id().equals(doc))
                            .map(b -> List.of(b.order(), b.regulation())).findFirst().orElse(List.of(doc)));
                }
            }
            Path olderSource = olderProfiles.get(id);
            Profile older = olderSource == null ? null : loaders.get().load(olderSource);
            List<String> olderInputs = olderSource == null ? List.of()
                    : loaders.get().inputs().stream().map(Path::toString).toList();
            // The new edition's regulation carries the history of editions the text in force gives it.
            String regulation = older == null ? null : Amender.regulationOf(generator.catalog(), profile);
            String section = regulation == null ? "" : amender.sectionOf(regulation);
            Profile edition = older == null ? profile : Amender.withHistory(older, profile, section);
            List<RenderedFile> files = new ArrayList<>(toRender.isEmpty() ? List.of() : generator.render(edition, toRender));
            List<String> amendInputs = inputs;
            if (older != null && !kept.containsKey(Amender.ORDER)) {
                amendInputs = new ArrayList<>(inputs);
                amendInputs.addAll(olderInputs);
                Amender.Result order = amender.order(older, profile, regulation);
                files.addAll(order.files());
                if (!order.changes().isEmpty()) {
                    HistoryWriter.append(source, profile, Amender.newHistory(older.lifted(section), profile.lifted(section)), section);
                }
            }
            Path folder = out.resolve(id);
            OutputWriter.writeChanged(folder, files);
            List<ManifestRow> rows = new ArrayList<>();
            for (RenderedFile f : files) {
                List<String> rowInputs = f.documentId().equals(Amender.ORDER) ? amendInputs : inputs;
                String key = keys == null ? "" : keys.key(rowInputs.stream().map(Path::of).toList(),
                        templates(f.documentId()), f.documentId());
                rows.add(new ManifestRow(id, sourceName, f.documentId(), f.format(),
                        out.relativize(folder.resolve(f.fileName())).toString().replace('\\', '/'), f.bytes().length,
                        sha256(f.bytes()), ManifestRow.Status.RENDERED, null, key, rowInputs));
            }
            for (Map.Entry<String, List<ManifestRow>> e : kept.entrySet()) {
                if (planned.contains(e.getKey()) || e.getKey().equals(Amender.ORDER) && olderSource != null) {
                    rows.addAll(e.getValue());
                }
            }
            return new Outcome(source, id, rows, null);
        } catch (ProfileException | TemplateFailure | RenderException | ru.lokalakt.lint.LintException e) {
            return failure(source, id, e.getMessage());
        } catch (IOException e) {
            return failure(source, id, "не удалось записать файлы: " + ru.lokalakt.generate.IoMessages.describe(e));
        } catch (RuntimeException | Error e) {
            // Whatever went wrong with one institution stays its own failure: a row in the manifest, a report for
            // the developers, and the other institutions go on.
            return failure(source, id, ru.lokalakt.generate.ErrorReport.save(e));
        }
    }

    /** The documents asked for that a profile makes: those of the packages it uses, and templates outside packages. */
    private List<String> forProfile(Profile profile) {
        ru.lokalakt.profile.Catalog catalog = generator.catalog();
        List<ru.lokalakt.profile.PackageManifest> used = catalog.used(profile);
        return documentIds.stream().filter(d -> catalog.packageOf(d) == null || used.contains(catalog.packageOf(d))).toList();
    }

    /** The documents asked for of the packages these documents (a previous run's) belong to. */
    private List<String> ofPackages(List<String> made) {
        ru.lokalakt.profile.Catalog catalog = generator.catalog();
        java.util.Set<ru.lokalakt.profile.PackageManifest> packages = new java.util.HashSet<>();
        for (String d : made) {
            for (String part : generator.bundles(documentIds).stream().filter(b -> b.id().equals(d))
                    .map(b -> List.of(b.order(), b.regulation())).findFirst().orElse(List.of(d))) {
                if (catalog.packageOf(part) != null) {
                    packages.add(catalog.packageOf(part));
                }
            }
        }
        return documentIds.stream().filter(d -> catalog.packageOf(d) == null || packages.contains(catalog.packageOf(d))).toList();
    }

    /**
     * The previous run's rows of an institution, by document, for the documents that need no rendering: every
     * format the run writes is there, with the same key (profile, parents, templates, program, options) and on
     * disk as recorded. Empty when nothing can be kept.
     */
    private Map<String, List<ManifestRow>> unchanged(Path source, List<BuildState.Entry> entries) throws IOException {
        if (entries == null || entries.isEmpty()) {
            return Map.of();
        }
        String id = entries.get(0).row().institution();
        Map<String, List<BuildState.Entry>> byDocument = new java.util.LinkedHashMap<>();
        for (BuildState.Entry e : entries) {
            if (!e.row().institution().equals(id)) {
                return Map.of();
            }
            byDocument.computeIfAbsent(e.row().document(), k -> new ArrayList<>()).add(e);
        }
        List<String> extensions = generator.extensions();
        Map<String, List<ManifestRow>> kept = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<BuildState.Entry>> d : byDocument.entrySet()) {
            List<String> formats = d.getValue().stream().map(e -> e.row().format()).sorted().toList();
            if (!formats.equals(extensions.stream().sorted().toList())) {
                continue;
            }
            boolean intact = true;
            Map<List<String>, String> keyOf = new java.util.HashMap<>(2); // the formats of a document share a key
            for (BuildState.Entry e : d.getValue()) {
                ManifestRow r = e.row();
                String key = keyOf.computeIfAbsent(r.inputs(), inputs -> keys.key(inputs.stream().map(Path::of).toList(),
                        templates(r.document()), r.document()));
                intact = key.equals(r.key()) && intact(out.resolve(r.path()), r, e.modified());
                if (!intact) {
                    break;
                }
            }
            if (intact) {
                List<ManifestRow> rows = new ArrayList<>();
                for (BuildState.Entry e : d.getValue()) {
                    ManifestRow r = e.row();
                    rows.add(new ManifestRow(r.institution(), source.toString(), r.document(), r.format(), r.path(),
                            r.size(), r.sha256(), ManifestRow.Status.UNCHANGED, null, r.key(), r.inputs()));
                }
                kept.put(d.getKey(), rows);
            }
        }
        return kept;
    }

    /**
     * Whether a file is the one recorded. As make and git do, a file with the recorded size and modification time
     * is taken to be it; one with another time is hashed, and kept if its SHA-256 is the recorded one.
     */
    private static boolean intact(Path file, ManifestRow r, long modified) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
        if (!a.isRegularFile() || a.size() != r.size()) {
            return false;
        }
        return a.lastModifiedTime().toMillis() == modified
                || sha256(java.nio.file.Files.readAllBytes(file)).equals(r.sha256());
    }

    private Outcome failure(Path source, String id, String message) {
        String institution = id == null ? "" : id;
        List<ManifestRow> rows = new ArrayList<>();
        for (String doc : generator.plan(documentIds)) {
            rows.add(new ManifestRow(institution, source.toString(), doc, "", "", 0, "", ManifestRow.Status.FAILED,
                    message));
        }
        return new Outcome(source, institution, rows, message);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
