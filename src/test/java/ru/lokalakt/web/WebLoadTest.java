package ru.lokalakt.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 20 parallel clients × 50 previews on loopback: every answer is 200 with the right document, none lost. Bounded
 * in count; how fast it goes is measured by bench/serve, not here.
 */
class WebLoadTest {
    @TempDir
    Path data;

    @Test
    void twentyClientsFiftyPreviewsEachAllAnswered() throws Exception {
        String profile = Files.readString(Examples.profile("detsad-44"), StandardCharsets.UTF_8);
        try (WebServer server = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), new ProfileStore(data),
                "127.0.0.1", 0, null)) {
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService clients = Executors.newFixedThreadPool(20);
            List<Future<int[]>> results = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                results.add(clients.submit(() -> {
                    int ok = 0;
                    int right = 0;
                    for (int i = 0; i < 50; i++) {
                        String doc = i % 2 == 0 ? "sferum/prikaz" : "sferum/polozhenie";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + server.port() + "/api/render?doc=" + doc + "&format=html"))
                                .POST(HttpRequest.BodyPublishers.ofString(profile)).build(), HttpResponse.BodyHandlers.ofString());
                        ok += r.statusCode() == 200 ? 1 : 0;
                        right += r.body().contains(i % 2 == 0 ? ">ПРИКАЗ<" : "ПОЛОЖЕНИЕ") && r.body().contains("Детский сад № 44") ? 1 : 0;
                    }
                    return new int[]{ok, right};
                }));
            }
            int ok = 0;
            int right = 0;
            for (Future<int[]> f : results) {
                int[] r = f.get(5, TimeUnit.MINUTES);
                ok += r[0];
                right += r[1];
            }
            clients.shutdown();
            assertEquals(1000, ok, "every request answered 200");
            assertEquals(1000, right, "every answer is the document asked for");
        }
    }
}
