package ru.lokalakt.bench;

import ru.lokalakt.document.Document;
import ru.lokalakt.lint.Linter;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.russian.Typography;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateModelBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Warm cost of each stage of one institution's run, on one thread: the figures behind the batch speed.
 * Not a test: run it with bench/stages. Usage: StageTimes HOME [PROFILE] [ROUNDS]
 */
public final class StageTimes {
    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        Path profilePath = args.length > 1 ? Path.of(args[1]) : home.resolve("profiles/examples/litsey-derzhava.yaml");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        TemplateEngine engine = new TemplateEngine(home.resolve("templates"));
        ProfileLoader loader = new ProfileLoader(home.resolve("profiles"));
        Renderer docx = new DocxRenderer();
        Renderer pdf = new PdfRenderer(true);
        Profile profile = loader.load(profilePath);
        Map<String, Object> model = TemplateModelBuilder.build(profile);
        Typography typography = new Typography(Typography.QuoteNesting.SAME);
        Linter linter = new Linter(profile);

        Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
        stages.put("load profile", () -> loader.load(profilePath));
        stages.put("validate", () -> {
            ProfileValidator.validate(profile);
            return profile;
        });
        stages.put("template model", () -> TemplateModelBuilder.build(profile));
        for (String id : engine.documentIds()) {
            Document raw = engine.render(id, model, "bench");
            Document document = typography.apply(raw);
            stages.put(id + " template+tree", () -> engine.render(id, model, "bench"));
            stages.put(id + " typography", () -> typography.apply(raw));
            stages.put(id + " lint", () -> linter.check(id, document));
            stages.put(id + " docx", () -> docx.render(document));
            stages.put(id + " pdf/a", () -> pdf.render(document));
        }
        int perRound = 40;
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    sink(stage.getValue().get());
                }
                times.computeIfAbsent(stage.getKey(), k -> new ArrayList<>())
                        .add((System.nanoTime() - start) / 1e6 / perRound);
            }
        }
        double total = 0;
        for (Map.Entry<String, List<Double>> t : times.entrySet()) {
            // The first rounds warm the JIT; the median of the rest is the figure.
            List<Double> warm = t.getValue().subList(Math.min(2, rounds - 1), rounds);
            double median = median(warm);
            total += median;
            System.out.printf("%-32s %7.2f ms%n", t.getKey(), median);
        }
        System.out.printf("%-32s %7.2f ms%n", "sum", total);
    }

    private static int sinkHash;

    private static void sink(Object o) {
        sinkHash ^= System.identityHashCode(o);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
