package ru.lokalakt.batch;

import ru.lokalakt.generate.Amender;
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
            Profile profile = loaders.get().load(source);
            for (SetOption o : overrides) {
                profile = o.apply(profile);
            }
            if (model || ru.lokalakt.profile.ModelProfile.requested(profile)) {
                profile = ru.lokalakt.profile.ModelProfile.fill(profile);
            }
            id = profile.id();
            Path previous = claimedIds.putIfAbsent(id, source);
            if (previous != null) {
                throw new ProfileException(profile.locationOf("id"), "id", "id «" + id + "» уже занят профилем " + previous);
            }
            List<RenderedFile> files = new ArrayList<>(generator.render(profile, documentIds));
            Path olderSource = olderProfiles.get(id);
            if (olderSource != null) {
                Profile older = loaders.get().load(olderSource);
                files.addAll(amender.order(older, profile, Amender.REGULATION).files());
            }
            Path folder = out.resolve(id);
            List<Boolean> changed = OutputWriter.writeChanged(folder, files);
            List<ManifestRow> rows = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                RenderedFile f = files.get(i);
                rows.add(new ManifestRow(id, sourceName, f.documentId(), f.format(),
                        out.relativize(folder.resolve(f.fileName())).toString().replace('\\', '/'), f.bytes().length,
                        sha256(f.bytes()), changed.get(i) ? ManifestRow.Status.WRITTEN : ManifestRow.Status.UNCHANGED,
                        null));
            }
            return new Outcome(source, id, rows, null);
        } catch (ProfileException | TemplateFailure | RenderException | ru.lokalakt.lint.LintException e) {
            return failure(source, id, e.getMessage());
        } catch (IOException e) {
            return failure(source, id, "не удалось записать файлы: " + ru.lokalakt.generate.IoMessages.describe(e));
        } catch (RuntimeException e) {
            return failure(source, id, ru.lokalakt.generate.ErrorReport.save(e));
        }
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
