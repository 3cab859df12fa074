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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load on a running {@code lokalakt serve}: CLIENTS parallel clients each ask for REQUESTS previews (HTML of the
 * order and the regulation in turn), then for REQUESTS/5 DOCX files; prints the statuses and the p50/p95 latency
 * of each kind. Not a test: run it with bench/serve. Usage: ServeLoad URL PROFILE [CLIENTS] [REQUESTS]
 */
public final class ServeLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String profile = Files.readString(Path.of(args[1]));
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        run(http, base, profile, clients, requests, "html", "предпросмотр (HTML)");
        run(http, base, profile, clients, Math.max(1, requests / 5), "docx", "DOCX");
        System.exit(0);
    }

    private static void run(HttpClient http, String base, String profile, int clients, int requests, String format,
                            String title) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<long[]> out = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    String doc = i % 2 == 0 ? "sferum/prikaz" : "sferum/polozhenie";
                    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/render?doc=" + doc + "&format=" + format))
                            .POST(HttpRequest.BodyPublishers.ofString(profile)).build();
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                    out.add(new long[]{System.nanoTime() - t, response.statusCode(), response.body().length});
                }
                return out;
            }));
        }
        List<Long> times = new ArrayList<>();
        int ok = 0;
        int total = 0;
        for (Future<List<long[]>> f : results) {
            for (long[] r : f.get()) {
                total++;
                times.add(r[0]);
                if (r[1] == 200 && r[2] > 0) {
                    ok++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%s: %d запросов, 200 с телом: %d, за %.1f с (%.0f в секунду); p50 %.1f мс, p95 %.1f мс, max %.1f мс%n",
                title, total, ok, seconds, total / seconds, times.get(times.size() / 2) / 1e6,
                times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6, times.get(times.size() - 1) / 1e6);
    }
}
