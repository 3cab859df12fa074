package ru.lokalakt.bench;

import ru.lokalakt.batch.BatchRunner;
import ru.lokalakt.batch.ProfileFinder;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.template.TemplateEngine;

import java.nio.file.Path;
import java.util.List;

/**
 * The same batch several times in one JVM: the first round pays for class loading and the JIT, the later ones
 * show the steady rate. Not a test: run it with bench/rounds. Usage: BatchRounds HOME PROFILES OUT JOBS ROUNDS
 */
public final class BatchRounds {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        List<Path> profiles = ProfileFinder.find(List.of(Path.of(args[1])));
        Path out = Path.of(args[2]);
        int jobs = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        TemplateEngine engine = new TemplateEngine(home.resolve("templates"));
        List<Renderer> renderers = List.of(new DocxRenderer(), new PdfRenderer(true));
        for (int round = 1; round <= rounds; round++) {
            Generator generator = new Generator(engine, renderers);
            BatchRunner runner = new BatchRunner(generator, engine.documentIds(), List.of(), home.resolve("profiles"),
                    out.resolve("round-" + round), jobs, false);
            long start = System.nanoTime();
            runner.run(profiles, outcome -> {
                if (outcome.failed()) {
                    System.err.println(outcome.error());
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d institutions in %.2f s (%.1f institutions/s)%n", round, profiles.size(),
                    seconds, profiles.size() / seconds);
        }
    }
}
