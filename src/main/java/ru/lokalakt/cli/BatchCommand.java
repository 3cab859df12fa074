package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.lokalakt.batch.BatchRunner;
import ru.lokalakt.batch.Manifest;
import ru.lokalakt.batch.ManifestRow;
import ru.lokalakt.batch.ProfileFinder;
import ru.lokalakt.batch.SetOption;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.template.TemplateEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Создаёт документы для всех организаций из папок и файлов профилей; пишет OUT/manifest.json и OUT/manifest.csv.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ПАПКА|ФАЙЛ", arity = "1..*", description = "папки с профилями и файлы профилей")
    List<Path> inputs;

    @Mixin
    RenderOptions options;

    @Option(names = "--jobs", paramLabel = "N", description = "параллельных потоков (по умолчанию по числу ядер)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--set", paramLabel = "ПОЛЕ=ЗНАЧЕНИЕ",
            description = "заменить поле во всех профилях, например --set order.date=2025-09-01")
    List<String> sets = new ArrayList<>();

    @Option(names = "--amend-from", paramLabel = "ПАПКА",
            description = "профили прошлой редакции: для каждой организации (по id), чьё Положение изменилось, "
                    + "ещё и приказ о внесении изменений (amend/prikaz)")
    Path amendFrom;

    @Option(names = "--changed-only", description = "перечислить только файлы, созданные заново (неизменившиеся "
            + "организации и так не создаются заново; --force создаёт всё)")
    boolean changedOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<SetOption> overrides = new ArrayList<>();
        try {
            if (jobs < 1) {
                throw new UsageException("--jobs должно быть не меньше 1");
            }
            for (int i = 0; i < sets.size(); i++) {
                overrides.add(SetOption.parse(sets.get(i), i + 1));
            }
        } catch (IllegalArgumentException | UsageException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.USAGE;
        }
        TemplateEngine engine = options.engine(inputs.isEmpty() ? null : inputs.get(0));
        List<String> ids;
        Generator generator;
        try {
            ids = options.documentIds(engine);
            generator = options.generator(engine);
        } catch (UsageException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Path> profiles = ProfileFinder.find(inputs);
        Progress progress = new Progress(profiles.size(), out, err, changedOnly, options.output);
        BatchRunner runner = new BatchRunner(generator, ids, overrides, Home.profiles(), options.output, jobs, options.model);
        // Every option that changes a file's bytes is part of its key: a different one renders again.
        String keyOptions = String.join("\n", "format=" + options.format.strip().toLowerCase(java.util.Locale.ROOT),
                "pdfa=" + options.pdfA, "model=" + options.model, "bundle=" + options.bundle, "set=" + String.join("\u0001", sets),
                "amend-from=" + (amendFrom == null ? "" : amendFrom.toAbsolutePath().normalize()));
        runner.incremental(new ru.lokalakt.batch.InputKeys(keyOptions), ru.lokalakt.batch.BuildState.read(options.output),
                options.force);
        if (amendFrom != null) {
            if (!java.nio.file.Files.isDirectory(amendFrom)) {
                err.println("lokalakt: --amend-from: папки " + amendFrom + " нет");
                return ExitCode.USAGE;
            }
            runner.amendFrom(olderById(amendFrom, err), new ru.lokalakt.generate.Amender(engine,
                    Formats.parse(options.format, options.pdfA), options.force));
        }
        List<ManifestRow> rows = runner.run(profiles, progress::report);
        Manifest.write(options.output, rows);
        ru.lokalakt.batch.BuildState.write(options.output, rows);
        progress.finish();
        long amended = rows.stream().filter(r -> r.document().equals(ru.lokalakt.generate.Amender.ORDER)
                && r.status() != ManifestRow.Status.FAILED).map(ManifestRow::institution).distinct().count();
        if (amendFrom != null) {
            out.printf("Приказов о внесении изменений в Положение: %d%n", amended);
        }
        long rendered = rows.stream().filter(r -> r.status() == ManifestRow.Status.RENDERED).count();
        long unchanged = rows.stream().filter(r -> r.status() == ManifestRow.Status.UNCHANGED).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Организаций: %d, готово: %d, с ошибками: %d; файлов: %d, создано заново: %d, без изменений: %d; %.1f с%n",
                profiles.size(), progress.ok.get(), progress.failed.get(), rendered + unchanged, rendered, unchanged, seconds);
        out.flush();
        return progress.failed.get() > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** Last year's profiles by id; one that cannot be read is reported and left out. */
    private static java.util.Map<String, Path> olderById(Path folder, PrintWriter err) throws IOException {
        java.util.Map<String, Path> out = new java.util.HashMap<>();
        ru.lokalakt.profile.ProfileLoader loader = new ru.lokalakt.profile.ProfileLoader(Home.profiles());
        for (Path p : ProfileFinder.find(List.of(folder))) {
            try {
                out.putIfAbsent(loader.load(p).id(), p);
            } catch (ru.lokalakt.profile.ProfileException e) {
                err.println("lokalakt: --amend-from: " + e.getMessage());
            }
        }
        return out;
    }

    /** A bar on a terminal, a line per institution elsewhere (logs, scripts). */
    private static final class Progress {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final int total;
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean changedOnly;
        private final Path output;
        private final boolean terminal = System.console() != null;

        Progress(int total, PrintWriter out, PrintWriter err, boolean changedOnly, Path output) {
            this.total = total;
            this.out = out;
            this.err = err;
            this.changedOnly = changedOnly;
            this.output = output;
        }

        synchronized void report(BatchRunner.Outcome outcome) {
            int n = done.incrementAndGet();
            if (outcome.failed()) {
                failed.incrementAndGet();
                if (terminal) {
                    err.print("\r\033[K");
                }
                outcome.error().lines().forEach(l -> err.println("lokalakt: " + l));
                err.flush();
            } else {
                ok.incrementAndGet();
                for (ManifestRow r : outcome.rows()) {
                    if (r.status() == ManifestRow.Status.RENDERED || !changedOnly && !terminal) {
                        if (changedOnly || !terminal) {
                            out.println(output.resolve(r.path()) + (r.status() == ManifestRow.Status.UNCHANGED ? " (без изменений)" : ""));
                        }
                    }
                }
            }
            if (terminal) {
                int width = 30;
                int filled = total == 0 ? width : n * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
                err.flush();
            }
            out.flush();
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }
    }
}
