package ru.lokalakt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load on a running {@code lokalakt serve --office}: the office adds N institutions, then all N at once, each with
 * its own link, save their profile, check it (what the page asks on every change) and preview the order and the
 * regulation, ROUNDS times over. Prints p50/p95/max of each kind and every answer that was not the expected one.
 * Not a test: run it with bench/serve-office. Usage: OfficeLoad URL OFFICE-KEY PROFILE [N] [ROUNDS]
 */
public final class OfficeLoad {
    private static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ERRORS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String officeKey = args[1];
        String profile = Files.readString(Path.of(args[2]));
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/office/institutions"))
                    .header("X-Lokalakt-Key", officeKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Лицей № " + i + "\", \"name\": \"litsey-" + i + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.body());
            }
            keys.add(r.body().replaceAll(".*\\?key=([A-Za-z0-9_-]+)\".*", "$1"));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String key = keys.get(i - 1);
            String name = "litsey-" + i;
            String own = profile.replace("ДЕРЖАВА", "ЛИЦЕЙ-" + i);
            all.add(pool.submit(() -> {
                go.await();
                String version = "new";
                for (int round = 0; round < rounds; round++) {
                    String text = own.replace("  number: 125/1-од", "  number: 125/" + (round + 1) + "-од");
                    HttpResponse<String> saved = timed(http, "сохранение", 200, HttpRequest.newBuilder(URI.create(base + "/api/profiles/" + name))
                            .header("X-Lokalakt-Key", key).header("If-Match", "\"" + version + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(text)));
                    if (saved != null) {
                        version = saved.headers().firstValue("ETag").orElse("").replace("\"", "");
                    }
                    timed(http, "проверка (/api/check)", 200, HttpRequest.newBuilder(URI.create(base + "/api/check"))
                            .header("X-Lokalakt-Key", key).POST(HttpRequest.BodyPublishers.ofString(text)));
                    String doc = round % 2 == 0 ? "sferum/prikaz" : "sferum/polozhenie";
                    timed(http, "предпросмотр (HTML)", 200, HttpRequest.newBuilder(URI.create(base + "/api/render?doc=" + doc + "&format=html"))
                            .header("X-Lokalakt-Key", key).POST(HttpRequest.BodyPublishers.ofString(text)));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d организаций одновременно, по %d раза сохранение + проверка + предпросмотр: %.1f с%n",
                n, rounds, seconds);
        for (String kind : List.of("сохранение", "проверка (/api/check)", "предпросмотр (HTML)")) {
            List<Long> t = new ArrayList<>(TIMES.getOrDefault(kind, List.of()));
            Collections.sort(t);
            if (t.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %s: %d запросов, p50 %.0f мс, p95 %.0f мс, max %.0f мс, ошибок %d%n", kind, t.size(),
                    t.get(t.size() / 2) / 1e6, t.get((int) Math.ceil(t.size() * 0.95) - 1) / 1e6, t.get(t.size() - 1) / 1e6,
                    ERRORS.getOrDefault(kind, 0));
        }
        long listed = System.nanoTime();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/office/institutions"))
                .header("X-Lokalakt-Key", officeKey).build(), HttpResponse.BodyHandlers.ofString());
        double first = (System.nanoTime() - listed) / 1e6;
        listed = System.nanoTime();
        http.send(HttpRequest.newBuilder(URI.create(base + "/api/office/institutions"))
                .header("X-Lokalakt-Key", officeKey).build(), HttpResponse.BodyHandlers.ofString());
        double again = (System.nanoTime() - listed) / 1e6;
        int complete = list.body().split("\"state\":\"заполнены\"", -1).length - 1;
        System.out.printf(Locale.ROOT, "  список офиса: %d из %d заполнены; ответ %.0f мс, снова %.0f мс%n", complete, n, first, again);
        System.exit(ERRORS.isEmpty() && complete == n ? 0 : 1);
    }

    private static HttpResponse<String> timed(HttpClient http, String kind, int expected, HttpRequest.Builder request) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
            if (r.statusCode() != expected || r.body().isEmpty()) {
                ERRORS.merge(kind, 1, Integer::sum);
                System.err.println(kind + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                return null;
            }
            return r;
        } catch (Exception e) {
            ERRORS.merge(kind, 1, Integer::sum);
            System.err.println(kind + ": " + e);
            return null;
        }
    }
}
