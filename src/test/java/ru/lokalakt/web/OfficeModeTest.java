package ru.lokalakt.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --office} against a real server: the office's key does everything; an institution's link reaches
 * its own profile and nothing of another's through any route of the server; a revoked link stops at once.
 */
class OfficeModeTest {
    @TempDir
    static Path data;

    static WebServer server;
    static Institutions registry;
    static TestClock clock;
    static String officeKey;
    static String keyA;
    static String keyB;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static String lyceum;
    /** In B's profile only: a response to A that holds it has leaked B's data. */
    static final String MARKER = "ПРИМЕТА";
    static final String A = "litsey-a";
    static final String B = "litsey-b";

    /** A clock a test moves: the saves of one day, then of another. */
    static final class TestClock extends java.time.Clock {
        volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path folder = data.resolve("saved");
        clock = new TestClock(Instant.parse("2026-09-01T08:00:00Z"));
        ProfileStore store = new ProfileStore(folder, clock);
        store.prepare();
        registry = Institutions.in(folder);
        officeKey = registry.newOfficeKey();
        server = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), store, "127.0.0.1", 0, null, registry);
        lyceum = Files.readString(Examples.profile("litsey-derzhava"), StandardCharsets.UTF_8);
        keyA = link(send("POST", "/api/office/institutions", "{\"title\": \"Лицей А\", \"name\": \"" + A + "\"}", officeKey));
        keyB = link(send("POST", "/api/office/institutions", "{\"title\": \"Лицей Б\", \"name\": \"" + B + "\"}", officeKey));
        // Each institution saves its own profile with its own link.
        assertEquals(200, send("PUT", "/api/profiles/" + A, lyceum, keyA).statusCode());
        HttpResponse<byte[]> saved = send("PUT", "/api/profiles/" + B, lyceum.replace("ДЕРЖАВА", MARKER), keyB);
        assertEquals(200, saved.statusCode(), text(saved));
        clock.now = Instant.parse("2026-10-15T08:00:00Z");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String link(HttpResponse<byte[]> added) {
        assertEquals(201, added.statusCode(), text(added));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?key=([A-Za-z0-9_-]{43})\"").matcher(text(added));
        assertTrue(m.find(), text(added));
        return m.group(1);
    }

    static HttpResponse<byte[]> send(String method, String path, String body, String key, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header(WebServer.KEY_HEADER, key);
        }
        b.header("Origin", "http://127.0.0.1:" + server.port());
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Whether a response holds a text: in its bytes, in a PDF's text, in every entry of a ZIP (a DOCX is one). */
    static boolean holds(byte[] bytes, String what) throws Exception {
        if (new String(bytes, StandardCharsets.UTF_8).contains(what)) {
            return true;
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return PdfText.text(bytes).contains(what);
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().contains(what) || holds(zip.readAllBytes(), what)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void anInstitutionsLinkReachesNothingOfAnotherThroughAnyRoute() throws Exception {
        ProfileStore store = new ProfileStore(data.resolve("saved"));
        String savedB = store.read(B).text();
        int versionsB = store.versions(B).size();
        List<String> routes = server.routeList();
        assertTrue(routes.size() >= 25, "the server's routes are walked: " + routes);
        String envelope = "{\"saved\": \"" + B + "\", \"profile\": {\"id\": \"" + B + "\", \"kind\": \"school\"}}";
        List<String> walked = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (method.equals("HEAD") || method.equals("OPTIONS")) {
                continue;
            }
            String concrete = path.replace("{name}", B).replace("{n}", "1").replace("{file}", "app.js")
                    .replace("{id}", "litsey-derzhava").replace("{code}", "kaluzhskaya-oblast");
            assertFalse(concrete.contains("{"), "a route with a parameter this test does not know: " + route
                    + " — say here what it is, and what an institution may reach through it");
            String query = "?from=1&to=1&format=docx&doc=sferum/prikaz&since=2000-01-01&names=" + B;
            String body = method.equals("GET") || method.equals("DELETE") ? null : envelope;
            HttpResponse<byte[]> r = send(method, concrete + query, body, keyA, "Content-Type", "application/json");
            walked.add(route + " → " + r.statusCode());
            if (method.equals("GET")) {
                // Javalin would answer HEAD beside a GET route without its handler and its checks.
                assertEquals(405, send("HEAD", concrete, null, keyA).statusCode(), "HEAD " + path);
            }
            boolean named = path.contains("{name}");
            boolean officeOnly = path.startsWith("/api/office") || path.equals("/office");
            if (named || officeOnly) {
                assertEquals(404, r.statusCode(), route + ": another institution's data answers 404: " + text(r));
                assertFalse(holds(r.body(), MARKER), route);
            } else {
                assertFalse(holds(r.body(), MARKER), route + " gave institution A something of B's: " + text(r));
                // What A sent may come back (a parse); what names B beyond that is B's.
                byte[] beyondEcho = text(r).replace("\"saved\":\"" + B + "\"", "").replace("\"id\":\"" + B + "\"", "")
                        .getBytes(StandardCharsets.UTF_8);
                boolean zip = r.body().length > 1 && r.body()[0] == 'P' && r.body()[1] == 'K';
                assertFalse(zip ? holds(r.body(), B) : holds(beyondEcho, B),
                        route + " named institution B to A: " + text(r));
            }
        }
        assertTrue(walked.stream().anyMatch(w -> w.startsWith("GET /api/profiles/{name}/versions ")), walked.toString());
        // Nothing A sent reached B's profile or its history.
        assertEquals(savedB, store.read(B).text());
        assertEquals(versionsB, store.versions(B).size());
        // Its own it reaches: its profile, its versions, its part of the audit log.
        HttpResponse<byte[]> own = send("GET", "/api/profiles/" + A, null, keyA);
        assertEquals(200, own.statusCode());
        assertTrue(text(own).contains("id: " + A), text(own));
        assertEquals(200, send("GET", "/api/profiles/" + A + "/versions", null, keyA).statusCode());
        String list = text(send("GET", "/api/profiles", null, keyA));
        assertTrue(list.contains(A) && !list.contains(B), list);
        String audit = text(send("GET", "/api/audit.csv", null, keyA));
        assertTrue(audit.contains("организация " + A + ";" + A + ";сохранение"), audit);
        assertFalse(audit.contains(B), audit);
    }

    @Test
    void theOfficeKeyDoesEverything() throws Exception {
        String list = text(send("GET", "/api/office/institutions", null, officeKey));
        assertTrue(list.contains("\"name\":\"" + A + "\"") && list.contains("\"name\":\"" + B + "\""), list);
        assertTrue(list.contains("\"state\":\"заполнены\""), list);
        HttpResponse<byte[]> b = send("GET", "/api/profiles/" + B, null, officeKey);
        assertEquals(200, b.statusCode());
        assertTrue(text(b).contains(MARKER));
        String all = text(send("GET", "/api/profiles", null, officeKey));
        assertTrue(all.contains(A) && all.contains(B), all);
        // The documents of both, made by the batch: a folder each and the batch's manifest.
        HttpResponse<byte[]> zip = send("GET", "/api/office/documents.zip", null, officeKey);
        assertEquals(200, zip.statusCode(), text(zip));
        Map<String, byte[]> files = unzip(zip.body());
        assertTrue(files.containsKey("manifest.csv"), files.keySet().toString());
        assertTrue(files.containsKey(A + "/sferum-prikaz.docx") && files.containsKey(B + "/sferum-polozhenie.pdf"),
                files.keySet().toString());
        assertTrue(DocxReader.text(files.get(B + "/sferum-prikaz.docx")).contains(MARKER));
        HttpResponse<byte[]> one = send("GET", "/api/office/documents.zip?names=" + A, null, officeKey);
        assertTrue(unzip(one.body()).keySet().stream().noneMatch(n -> n.startsWith(B + "/")));
        assertEquals(404, send("GET", "/api/office/documents.zip?names=nobody", null, officeKey).statusCode());
        // The same profiles give the same bytes.
        org.junit.jupiter.api.Assertions.assertArrayEquals(one.body(),
                send("GET", "/api/office/documents.zip?names=" + A, null, officeKey).body());
    }

    @Test
    void theAmendingOrdersSinceADateAreThoseOfInstitutionsWhoseRegulationChanged() throws Exception {
        // On 15.10.2026 institution A names another head; B also words how it informs differently, with the
        // amending order's number — its Положение reads otherwise.
        Path folder = data.resolve("saved");
        ProfileStore store = new ProfileStore(folder);
        ProfileStore.Saved a = store.read(A);
        String head = a.text().replace("  surname: Копылова\n  initials: О. Н.", "  surname: Смирнова\n  initials: О. С.");
        assertFalse(head.equals(a.text()), "the example names its head");
        assertEquals(200, send("PUT", "/api/profiles/" + A, head, keyA, "If-Match", "\"" + a.version() + "\"").statusCode());
        ProfileStore.Saved b = store.read(B);
        String edition = b.text().replace("  surname: Копылова\n  initials: О. Н.", "  surname: Смирнова\n  initials: О. С.")
                .replace("\n  informing: на официальном сайте и в электронном дневнике", "\n  informing: на официальном сайте, в электронном дневнике")
                + "\namend:\n  date: 2026-10-15\n  number: 88-од\n  protocol_date: 2026-10-14\n  protocol: \"2\"\n";
        assertFalse(edition.contains("на официальном сайте и в электронном дневнике"));
        HttpResponse<byte[]> put = send("PUT", "/api/profiles/" + B, edition, keyB, "If-Match", "\"" + b.version() + "\"");
        assertEquals(200, put.statusCode(), text(put));
        HttpResponse<byte[]> zip = send("GET", "/api/office/amendments.zip?since=2026-10-01&names=" + A + "," + B, null, officeKey);
        assertEquals(200, zip.statusCode(), text(zip));
        Map<String, byte[]> files = unzip(zip.body());
        String table = new String(files.get("итоги.csv"), StandardCharsets.UTF_8);
        assertTrue(table.contains("Лицей А;сведения изменились, текст Положения — нет: приказ о внесении изменений не нужен"), table);
        assertTrue(table.contains("Лицей Б;приказ о внесении изменений: " + B + "/"), table);
        String order = files.keySet().stream().filter(n -> n.startsWith(B + "/") && n.endsWith(".docx")).findFirst().orElseThrow();
        String text = DocxReader.text(files.get(order));
        assertTrue(text.contains("88-од") && text.contains("Смирнова"), "signed by the head in office now: " + text);
        assertTrue(files.keySet().stream().noneMatch(n -> n.startsWith(A + "/")), files.keySet().toString());
        // Before any save there is nothing to amend.
        String early = new String(unzip(send("GET", "/api/office/amendments.zip?since=2026-08-01", null, officeKey).body())
                .get("итоги.csv"), StandardCharsets.UTF_8);
        assertTrue(early.contains("Лицей Б;профиль до 01.08.2026 не сохранялся"), early);
        assertEquals(400, send("GET", "/api/office/amendments.zip?since=вчера", null, officeKey).statusCode());
        String audit = text(send("GET", "/api/audit.csv", null, officeKey));
        assertTrue(audit.contains("офис;;приказы о внесении изменений с 2026-10-01: 1"), audit);
    }

    @Test
    void theRegionFileTheOfficeEditsIsWhatEveryProfileOfTheRegionReads() throws Exception {
        String code = "kaluzhskaya-oblast";
        HttpResponse<byte[]> got = send("GET", "/api/office/regions/" + code, null, officeKey);
        assertEquals(200, got.statusCode());
        assertTrue(text(got).contains("\"own\":false"), text(got));
        String region = Files.readString(Examples.PROFILES.resolve("regions").resolve(code + ".yaml"));
        String edited = region.replace("21-023/178-24", "21-023/999-24");
        HttpResponse<byte[]> bad = send("PUT", "/api/office/regions/" + code, "region: [", officeKey);
        assertEquals(422, bad.statusCode());
        assertTrue(text(bad).startsWith("{\"error\":\"строка "), text(bad));
        assertEquals(200, send("PUT", "/api/office/regions/" + code, edited, officeKey).statusCode());
        assertTrue(text(send("GET", "/api/office/regions/" + code, null, officeKey)).contains("\"own\":true"));
        // An institution's preview reads the office's edition at once.
        HttpResponse<byte[]> html = send("POST", "/api/render?doc=sferum/polozhenie&format=html", lyceum, keyA);
        assertEquals(200, html.statusCode(), text(html));
        assertTrue(text(html).contains("21-023/999-24") && !text(html).contains("21-023/178-24"), "the edited letter is cited");
        // So does the batch of the office.
        Map<String, byte[]> files = unzip(send("GET", "/api/office/documents.zip?names=" + A, null, officeKey).body());
        assertTrue(PdfText.text(files.get(A + "/sferum-polozhenie.pdf")).contains("21-023/999-24"));
        assertEquals(404, send("GET", "/api/office/regions/nowhere", null, officeKey).statusCode());
        assertEquals(200, send("PUT", "/api/office/regions/" + code, region, officeKey).statusCode());
    }

    @Test
    void aRevokedLinkStopsAtOnceAndANewOneWorks() throws Exception {
        String added = text(send("POST", "/api/office/institutions", "{\"title\": \"Детский сад № 9\"}", officeKey));
        assertTrue(added.contains("\"name\":\"detskiy-sad-9\""), added);
        String key = added.replaceAll(".*\\?key=([A-Za-z0-9_-]+)\".*", "$1");
        assertEquals(200, send("GET", "/api/profiles", null, key).statusCode());
        assertEquals(200, send("DELETE", "/api/office/institutions/detskiy-sad-9/link", null, officeKey).statusCode());
        HttpResponse<byte[]> refused = send("GET", "/api/profiles", null, key, "X-Real-IP", "10.0.0.9");
        assertEquals(401, refused.statusCode());
        assertTrue(text(refused).contains("отозвана"), text(refused));
        String again = text(send("POST", "/api/office/institutions/detskiy-sad-9/link", null, officeKey));
        String fresh = again.replaceAll(".*\\?key=([A-Za-z0-9_-]+)\".*", "$1");
        assertEquals(200, send("GET", "/api/profiles", null, fresh).statusCode());
        assertEquals(401, send("GET", "/api/profiles", null, key, "X-Real-IP", "10.0.0.10").statusCode());
        String audit = text(send("GET", "/api/audit.csv", null, officeKey));
        assertTrue(audit.contains(";detskiy-sad-9;ссылка доступа отозвана;"), audit);
        assertTrue(audit.contains(";detskiy-sad-9;выдана новая ссылка доступа (прежняя отозвана);"), audit);
        // Nothing but a hash of a link is kept.
        String stored = Files.readString(data.resolve("saved").resolve(".office").resolve("institutions.tsv"));
        assertFalse(stored.contains(fresh) || stored.contains(key), stored);
        assertTrue(stored.contains(Institutions.hash(fresh)), stored);
    }

    @Test
    void theLinkSetsAnHttpOnlyCookieThatOpensTheInstitutionsOwnPage() throws Exception {
        HttpResponse<byte[]> first = send("GET", "/?key=" + keyA, null, null);
        assertEquals(302, first.statusCode());
        assertEquals("/", first.headers().firstValue("Location").orElse(""));
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith(WebServer.KEY_COOKIE + "=" + keyA + ";") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"), cookie);
        HttpResponse<byte[]> page = send("GET", "/", null, null, "Cookie", WebServer.KEY_COOKIE + "=" + keyA);
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("Сведения организации: Лицей А") && text(page).contains("data-open=\"" + A + "\""),
                "the page opens A's own profile");
        HttpResponse<byte[]> office = send("GET", "/office?key=" + officeKey, null, null);
        assertEquals("/office", office.headers().firstValue("Location").orElse(""));
        // Without a key: a page in words for a person, JSON for the API.
        HttpResponse<byte[]> none = send("GET", "/", null, null, "Accept", "text/html");
        assertEquals(401, none.statusCode());
        assertTrue(text(none).contains("Нужна ссылка доступа"), text(none));
        // The origin check of a server without roles stays.
        HttpResponse<byte[]> foreign = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/profiles/" + A)).header(WebServer.KEY_HEADER, keyA).header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString(lyceum)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(403, foreign.statusCode());
    }

    /** Behind nginx, the browser's Host is the site's name: the server answers it when told so, and no other. */
    @Test
    void behindAProxyTheSitesNameIsAcceptedAndNoOther() throws Exception {
        try (WebServer proxied = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES),
                new ProfileStore(data.resolve("proxied")), "127.0.0.1", 0, null, registry, List.of("lokalakt.example.ru"))) {
            assertTrue(raw(proxied, "lokalakt.example.ru").startsWith("HTTP/1.1 200"));
            assertTrue(raw(proxied, "lokalakt.example.ru:443").startsWith("HTTP/1.1 200"));
            assertTrue(raw(proxied, "evil.example").startsWith("HTTP/1.1 421"));
        }
    }

    /** A GET of the catalog with the office's key and this Host header, over a socket; the status line and the rest. */
    private static String raw(WebServer s, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
            socket.getOutputStream().write(("GET /api/catalog HTTP/1.1\r\nHost: " + host + "\r\n" + WebServer.KEY_HEADER
                    + ": " + officeKey + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A key added to the data folder beside the running server (lokalakt office-key) works at the next request. */
    @Test
    void anOfficeKeyAddedBesideTheRunningServerWorksAtOnce() throws Exception {
        Institutions beside = Institutions.in(data.resolve("saved"));
        String added = beside.newOfficeKey();
        assertEquals(200, send("GET", "/api/office/institutions", null, added, "X-Real-IP", "198.51.100.1").statusCode());
        assertEquals(200, send("GET", "/api/office/institutions", null, officeKey).statusCode(), "the earlier key stays");
    }

    @Test
    void eachWrongKeyMakesTheNextOneWaitLonger() throws Exception {
        String client = "192.0.2.7";
        HttpResponse<byte[]> wrong = send("GET", "/api/profiles", null, "x".repeat(43), "X-Real-IP", client);
        assertEquals(401, wrong.statusCode());
        // Even the right key waits now: a guesser cannot try quickly.
        HttpResponse<byte[]> waiting = send("GET", "/api/profiles", null, keyA, "X-Real-IP", client);
        assertEquals(429, waiting.statusCode());
        assertEquals("1", waiting.headers().firstValue("Retry-After").orElse(""));
        assertTrue(text(waiting).contains("попробуйте снова через 1 с"), text(waiting));
        // Another client is not held up.
        assertEquals(200, send("GET", "/api/profiles", null, keyA, "X-Real-IP", "192.0.2.8").statusCode());
        Thread.sleep(1100);
        assertEquals(401, send("GET", "/api/profiles", null, "y".repeat(43), "X-Real-IP", client).statusCode());
        assertEquals("2", send("GET", "/api/profiles", null, keyA, "X-Real-IP", client).headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    void theWaitDoublesUpToFiveMinutesAndIsForgottenAfterAnHour() {
        long[] now = {0};
        KeyAttempts attempts = new KeyAttempts(() -> now[0]);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.wrong("c");
            waits.add(attempts.waiting("c"));
        }
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 32000L, 64000L, 128000L, 256000L, 300000L, 300000L, 300000L), waits);
        now[0] += 299_000;
        assertEquals(1000, attempts.waiting("c"));
        now[0] += 2 * 3600_000;
        assertEquals(0, attempts.waiting("c"), "forgotten an hour after the last wrong key");
    }

    /**
     * What a probe of institution A found and no longer works: an «id:» line hidden in a quoted string so that the
     * real id names B; an {@code extends} telling which files exist; HEAD on the office's routes.
     */
    @Test
    void aProfileNamingAnothersIdAFilesExistenceAndHeadRequestsGiveNothingAway() throws Exception {
        ProfileStore store = new ProfileStore(data.resolve("saved"));
        ProfileStore.Saved a = store.read(A);
        String hidden = a.text().replaceFirst("(?m)^id: .*\n", "forbidden_terms: [\"zzqqxx\nid: q\n  \"]\n") + "id: " + B + "\n";
        assertEquals(B, ru.lokalakt.profile.ProfileLoader.ownData(hidden, "x.yaml").get("id"), "the real id is B's");
        HttpResponse<byte[]> put = send("PUT", "/api/profiles/" + A, hidden, keyA, "If-Match", "\"" + a.version() + "\"");
        assertEquals(422, put.statusCode(), text(put));
        assertTrue(text(put).contains("поле id профиля должно быть «" + A + "»"), text(put));
        assertEquals(a.text(), store.read(A).text());

        // A profile saved with another's id before this check (by hand, or by an older version) stays out of the ZIP.
        assertTrue(store.save(A, hidden, a.version(), "правка вручную", "проверка").saved());
        try {
            Map<String, byte[]> files = unzip(send("GET", "/api/office/documents.zip", null, officeKey).body());
            String skipped = new String(files.get("не-вошли.txt"), StandardCharsets.UTF_8);
            assertTrue(skipped.startsWith(A + ": в профиле id «" + B + "»"), skipped);
            assertTrue(holds(files.get(B + "/sferum-prikaz.docx"), MARKER), "B's folder holds B's documents");
        } finally {
            assertTrue(store.save(A, a.text(), store.read(A).version(), "правка вручную", "проверка").saved());
        }

        String folder = data.resolve("saved").toAbsolutePath().toString();
        String there = text(send("POST", "/api/validate", "kind: school\nextends: " + folder + "/" + B + ".yaml\n", keyA));
        String absent = text(send("POST", "/api/validate", "kind: school\nextends: " + folder + "/litsey-z.yaml\n", keyA));
        assertTrue(there.contains("лежит вне папки профилей поставки"), there);
        assertEquals(there.replace(B, "?"), absent.replace("litsey-z", "?"), "the same answer whether the file is there or not");

        assertEquals(405, send("HEAD", "/api/office/institutions", null, keyA).statusCode());
        assertEquals(405, send("HEAD", "/api/profiles/" + B, null, keyA).statusCode());
    }

    @Test
    void theAuditLogRecordsEachActionWithRoleAndInstitution() throws Exception {
        assertEquals(200, send("POST", "/api/render?doc=sferum/prikaz&format=docx", lyceum, keyA).statusCode());
        assertEquals(200, send("POST", "/api/render?format=zip", lyceum, keyA).statusCode());
        String audit = text(send("GET", "/api/audit.csv", null, officeKey));
        assertTrue(audit.startsWith("\uFEFFвремя;кто;профиль;действие;версия\r\n"), audit);
        for (String line : List.of(";офис;" + A + ";добавлена организация «Лицей А», выдана ссылка доступа;",
                "2026-09-01T08:00:00Z;организация " + A + ";" + A + ";сохранение;",
                ";организация " + B + ";" + B + ";сохранение;",
                ";организация " + A + ";" + A + ";скачан sferum/prikaz (DOCX);",
                ";организация " + A + ";" + A + ";скачаны все готовые документы (ZIP);")) {
            assertTrue(audit.contains(line), line + " in\n" + audit);
        }
    }

    @Test
    void anInstitutionSavesUnderItsOwnNameWhateverItsProfileSays() throws Exception {
        String added = text(send("POST", "/api/office/institutions", "{\"title\": \"Школа № 3\", \"name\": \"shkola-3\"}", officeKey));
        String key = added.replaceAll(".*\\?key=([A-Za-z0-9_-]+)\".*", "$1");
        String json = "{\"saved\": \"" + B + "\", \"profile\": {\"id\": \"" + B + "\", \"kind\": \"school\", "
                + "\"institution\": {\"short_name\": \"Школа № 3\"}}}";
        HttpResponse<byte[]> created = send("POST", "/api/profiles", json, key, "Content-Type", "application/json");
        assertEquals(201, created.statusCode(), text(created));
        assertTrue(text(created).contains("\"name\":\"shkola-3\""), text(created));
        ProfileStore store = new ProfileStore(data.resolve("saved"));
        assertTrue(store.read("shkola-3").text().contains("id: shkola-3"), store.read("shkola-3").text());
        assertFalse(store.read(B).text().contains("Школа № 3"));
        String list = text(send("GET", "/api/office/institutions", null, officeKey));
        assertTrue(list.matches("(?s).*\"name\":\"shkola-3\"[^}]*\"state\":\"ошибок: \\d+\".*"), list);
        assertNotNull(registry.get("shkola-3"));
    }
}
