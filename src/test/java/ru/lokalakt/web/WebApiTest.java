package ru.lokalakt.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.render.Renderer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API against a real server on a random loopback port, with the JDK's own HTTP client. */
class WebApiTest {
    @TempDir
    static Path data;

    static WebEngine engine;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String lyceum;

    @BeforeAll
    static void start() throws Exception {
        engine = new WebEngine(Examples.PROFILES, Examples.TEMPLATES);
        server = new WebServer(engine, new ProfileStore(data.resolve("saved")), "127.0.0.1", 0, null);
        lyceum = Files.readString(Examples.profile("litsey-derzhava"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static URI uri(WebServer s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    static HttpResponse<byte[]> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogListsKindsRegionsDocumentsAndFormats() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/catalog")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("\"school\":\"общеобразовательная организация\""), r.body());
        assertTrue(r.body().contains("\"kaluzhskaya-oblast\":\"Калужская область\""), r.body());
        assertTrue(r.body().contains("\"documents\":[\"sferum/polozhenie\",\"sferum/prikaz\",\"sferum/prikaz-administrator\","
                + "\"sferum/zayavka\",\"sferum/pamyatka\",\"sferum/sayt\""), r.body());
        assertTrue(r.body().contains("\"dop\":\"организация дополнительного образования\""), r.body());
        assertTrue(r.body().contains("\"formats\":[\"docx\",\"pdf\",\"html\",\"zip\"]"), r.body());
    }

    @Test
    void validateAnswersWithFieldLineAndColumn() throws Exception {
        HttpResponse<byte[]> good = post("/api/validate", lyceum);
        assertEquals(200, good.statusCode());
        assertTrue(text(good).contains("\"errors\":[]"), text(good));
        HttpResponse<byte[]> bad = post("/api/validate", lyceum.replace("date: 2024-02-02\n  number", "date: 2024-02-30\n  number"));
        assertEquals(200, bad.statusCode());
        String line = String.valueOf(lyceum.lines().toList().indexOf("  date: 2024-02-02") + 1);
        assertTrue(text(bad).contains("{\"field\":\"order.date\",\"line\":" + line + ",\"column\":9,\"message\":\"такой даты нет: 30.02.2024\","),
                text(bad));
    }

    @Test
    void renderGivesEachFormatAsTheCommandLineWritesIt() throws Exception {
        Generator cli = new Generator(Examples.engine(), List.of(new DocxRenderer(), new PdfRenderer(true), new HtmlRenderer()));
        List<RenderedFile> expected = cli.render(Examples.load("litsey-derzhava"), engine.documents());
        for (RenderedFile f : expected) {
            HttpResponse<byte[]> r = post("/api/render?doc=" + f.documentId() + "&format=" + f.format(), lyceum);
            assertEquals(200, r.statusCode(), text(r));
            assertArrayEquals(f.bytes(), r.body(), f.fileName() + ": the same bytes as the command line");
            String disposition = r.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.contains("filename=\"litsey-derzhava-" + f.fileName() + "\""), disposition);
        }
        HttpResponse<byte[]> docx = post("/api/render?doc=sferum/prikaz&format=docx", lyceum);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(DocxReader.text(docx.body()).contains("ПРИКАЗЫВАЮ"));
        HttpResponse<byte[]> pdf = post("/api/render?doc=sferum/prikaz&format=pdf", lyceum);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(PdfText.text(pdf.body()).contains("ПРИКАЗЫВАЮ"));
        HttpResponse<byte[]> html = post("/api/render?doc=sferum/prikaz&format=html", lyceum);
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(text(html).contains("ПРИКАЗЫВАЮ"));
    }

    @Test
    void theZipHoldsEveryDocumentInEveryFormatAndTheProfile() throws Exception {
        HttpResponse<byte[]> r = post("/api/render?format=zip", lyceum);
        assertEquals(200, r.statusCode(), text(r));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        List<String> expected = new ArrayList<>();
        for (String doc : engine.documents()) {
            for (String format : List.of("docx", "pdf", "html")) {
                expected.add("litsey-derzhava/" + doc.replace('/', '-') + "." + format);
            }
        }
        expected.add("litsey-derzhava/litsey-derzhava.yaml");
        assertEquals(expected, names);
        assertEquals(8 * 3 + 1, names.size(), "the six Сферум documents and the two of e-learning, in three formats, and the profile");
        assertArrayEquals(r.body(), post("/api/render?format=zip", lyceum).body(), "deterministic");
    }

    @Test
    void aBadProfileIs422WithFieldPathsAndOnlyTheProblemsOfTheDocumentAsked() throws Exception {
        String bad = "kind: school\nid: x\ninstitution:\n  email: нет\norder:\n  date: 2024-02-30\n";
        HttpResponse<byte[]> r = post("/api/render?doc=sferum/prikaz&format=pdf", bad);
        assertEquals(422, r.statusCode());
        String body = text(r);
        assertTrue(body.contains("\"field\":\"order.date\"") && body.contains("\"field\":\"head\""), body);
        assertFalse(body.contains("\"field\":\"institution.email\""), "the application's e-mail does not stop the order: " + body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
        String all = text(post("/api/validate", bad));
        assertTrue(all.contains("{\"field\":\"institution.email\",\"line\":4,\"column\":10,"
                + "\"message\":\"в адресе электронной почты нет знака «@»: «нет»\",\"documents\":[\"sferum/zayavka\"]}"), all);
    }

    /**
     * A wrong ИНН, needed by the application only: the regulation is still ready, previewed and downloaded; the
     * application waits for that field, and the report says so.
     */
    @Test
    void aWrongInnStopsTheApplicationOnly() throws Exception {
        String wrongInn = lyceum.replaceFirst("inn: \"?\\d{10}\"?", "inn: \"4025011115\"");
        assertFalse(wrongInn.equals(lyceum), "the example has an ИНН to spoil");
        String report = text(post("/api/validate", wrongInn));
        assertTrue(report.contains("\"field\":\"institution.inn\"") && report.contains("неверной контрольной цифрой"), report);
        assertTrue(report.contains("{\"id\":\"sferum/polozhenie\",\"name\":\"Положение\",\"ready\":true,\"waiting\":[]}"), report);
        assertTrue(report.contains("{\"id\":\"sferum/zayavka\",\"name\":\"Заявка на регистрацию\",\"ready\":false,"
                + "\"waiting\":[\"institution.inn\"]}"), report);
        HttpResponse<byte[]> pdf = post("/api/render?doc=sferum/polozhenie&format=pdf", wrongInn);
        assertEquals(200, pdf.statusCode(), text(pdf));
        assertTrue(PdfText.text(pdf.body()).contains("ПОЛОЖЕНИЕ"));
        HttpResponse<byte[]> application = post("/api/render?doc=sferum/zayavka&format=docx", wrongInn);
        assertEquals(422, application.statusCode());
        assertTrue(text(application).contains("institution.inn"), text(application));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(post("/api/render?format=zip", wrongInn).body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        // Every document of the lyceum's two packages but the application, in three formats, and the profile.
        assertEquals(7 * 3 + 1, names.size(), "the ready documents in the ZIP: " + names);
        assertTrue(names.stream().noneMatch(n -> n.contains("zayavka")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("zayavka")), names.toString());
    }

    /** The page posts JSON; the server alone writes YAML, makes the file name from the short name, and never says 500. */
    @Test
    void jsonFromThePageNeedsNoFileNameAndNeverFails() throws Exception {
        String json = "{\"profile\":{\"kind\":\"kindergarten\",\"institution\":{\"short_name\":\"МАДОУ «Детский сад № 5»\"}}}";
        HttpResponse<byte[]> check = post("/api/check", json, "Content-Type", "application/json");
        assertEquals(200, check.statusCode(), text(check));
        assertTrue(text(check).contains("\"id\":\"madou-detskiy-sad-5\""), text(check));
        for (String doc : engine.documents()) {
            for (String format : List.of("html", "docx", "pdf")) {
                HttpResponse<byte[]> r = post("/api/render?doc=" + doc + "&format=" + format, json, "Content-Type", "application/json");
                assertEquals(422, r.statusCode(), doc + " " + format + ": " + text(r));
            }
        }
        HttpResponse<byte[]> yaml = post("/api/yaml", json.replace("№ 5", "№ 5\\n: #"), "Content-Type", "application/json");
        assertEquals(200, yaml.statusCode(), text(yaml));
        String written = text(yaml);
        assertTrue(written.contains("id: madou-detskiy-sad-5-n\n") || written.contains("id: madou-detskiy-sad-5"), written);
        assertTrue(written.contains("short_name: \"МАДОУ «Детский сад № 5\\n: #»\""), "quoted as init quotes: " + written);
        assertEquals("МАДОУ «Детский сад № 5\n: #»", ((java.util.Map<?, ?>) ru.lokalakt.profile.ProfileLoader.ownData(written, "x.yaml")
                .get("institution")).get("short_name"), "read back as typed");
        HttpResponse<byte[]> broken = post("/api/check", "{\"profile\": [1, 2", "Content-Type", "application/json");
        assertEquals(400, broken.statusCode());
        assertTrue(text(broken).contains("данные формы не разобраны"), text(broken));
    }

    /** The id a profile lacks is made from its short name in Latin letters, numbered on when a saved one has it. */
    @Test
    void aFileNameIsMadeFromTheShortName() {
        assertEquals("madou-detskiy-sad-5", WebEngine.suggestId("МАДОУ «Детский сад № 5»", java.util.Set.of()));
        assertEquals("mbou-sosh-1-2", WebEngine.suggestId("МБОУ «СОШ № 1»", java.util.Set.of("mbou-sosh-1")));
        assertEquals("gbpou-khimki-shchit", WebEngine.suggestId("ГБПОУ Химки-Щит", java.util.Set.of()));
        assertEquals("organizatsiya", WebEngine.suggestId("«»", java.util.Set.of()));
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        String big = "id: x\nnote: \"" + "а".repeat(600_000) + "\"\n";
        for (String path : List.of("/api/validate", "/api/render?doc=sferum/prikaz&format=pdf")) {
            HttpResponse<byte[]> r = post(path, big);
            assertEquals(413, r.statusCode(), path);
            assertTrue(text(r).contains("больше 1 МиБ"), text(r));
        }
    }

    @Test
    void extendsCannotReachAnyOtherFileOnTheServer() throws Exception {
        for (String parent : List.of("../../../../../../etc/passwd", "/etc/passwd", "../../pom.xml", "../../src/test/resources/broken/empty.yaml")) {
            HttpResponse<byte[]> r = post("/api/validate", "extends: " + parent + "\nid: x\n");
            String body = text(r);
            assertTrue(body.contains("\"field\":\"extends\""), parent + ": " + body);
            assertFalse(body.contains("root:") || body.contains("/work") || body.contains(Examples.ROOT.toString()),
                    "no server path or file content: " + body);
        }
        HttpResponse<byte[]> bundled = post("/api/validate", lyceum.replace("kind: school", "extends: ../kinds/school.yaml"));
        assertTrue(text(bundled).contains("\"errors\":[]"), "the bundled kinds are reachable by a relative path: " + text(bundled));
        String example = Files.readString(Examples.profile("ktis"), StandardCharsets.UTF_8);
        assertTrue(text(post("/api/validate", example)).contains("\"errors\":[]"), "a bundled example as it is");
    }

    @Test
    void crossSiteRequestsAreRefused() throws Exception {
        HttpResponse<byte[]> foreign = post("/api/validate", lyceum, "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode());
        assertEquals(403, post("/api/validate", lyceum, "Sec-Fetch-Site", "cross-site").statusCode());
        HttpResponse<byte[]> own = post("/api/validate", lyceum, "Origin", "http://127.0.0.1:" + server.port());
        assertEquals(200, own.statusCode(), text(own));
        HttpRequest put = HttpRequest.newBuilder(uri(server, "/api/profiles/litsey-derzhava"))
                .header("Origin", "http://evil.example").PUT(HttpRequest.BodyPublishers.ofString(lyceum)).build();
        assertEquals(403, HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aTokenIsRequiredOffLoopback() throws Exception {
        assertFalse(WebServer.loopback("0.0.0.0"));
        assertTrue(WebServer.loopback("127.0.0.1") && WebServer.loopback("localhost"));
        try (WebServer guarded = new WebServer(engine, new ProfileStore(data.resolve("g")), "127.0.0.1", 0, "s3cret")) {
            HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/catalog")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, none.statusCode());
            assertTrue(none.body().contains("ключ доступа"), none.body());
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/catalog"))
                    .header(WebServer.TOKEN_HEADER, "guess").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> header = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/catalog"))
                    .header(WebServer.TOKEN_HEADER, "s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, header.statusCode());
            HttpResponse<String> link = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/?token=s3cret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = link.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.startsWith(WebServer.TOKEN_COOKIE + "=s3cret") && cookie.contains("HttpOnly")
                    && cookie.contains("SameSite=Strict"), cookie);
            HttpResponse<String> withCookie = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/catalog"))
                    .header("Cookie", WebServer.TOKEN_COOKIE + "=s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withCookie.statusCode());
        }
    }

    private static HttpResponse<String> put(String name, String body, String version) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, "/api/profiles/" + name)).PUT(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            b.header("If-Match", "\"" + version + "\"");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String versionOf(HttpResponse<String> r) {
        return r.body().replaceAll(".*\"version\":\"([0-9a-f]+)\".*", "$1");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Every save keeps the previous text: the versions with when and how, the difference between two in words, the
     * amending order between two in one request, a version restored (refused if the profile changed meanwhile),
     * and every change and download in the audit log.
     */
    @Test
    void everySaveIsAVersionThatCanBeComparedAmendedAndRestored() throws Exception {
        HttpResponse<String> first = put("istoriya", lyceum, null);
        assertEquals(200, first.statusCode(), first.body());
        String changed = lyceum.replace("  surname: Копылова\n  initials: О. Н.", "  surname: Иванова\n  initials: О. С.")
                .replace("  date: 2024-02-02\n  number: 125/1-од", "  date: 2024-02-05\n  number: 125/1-од");
        assertFalse(changed.equals(lyceum), "the head and the order's date to change");
        HttpResponse<String> second = put("istoriya", changed, versionOf(first));
        assertEquals(200, second.statusCode(), second.body());

        String versions = get("/api/profiles/istoriya/versions").body();
        assertTrue(versions.contains("\"number\":1") && versions.contains("\"number\":2") && versions.contains("\"action\":\"сохранение\""),
                versions);
        assertEquals(lyceum, get("/api/profiles/istoriya/versions/1").body());

        String changes = get("/api/profiles/istoriya/changes?from=1&to=2").body();
        assertTrue(changes.contains("Руководитель: Копылова О. Н. → Иванова О. С."), changes);
        assertTrue(changes.contains(": 02.02.2024 → 05.02.2024"), changes);

        // The amending order between the text in force and a new edition, from two saved versions.
        String edition = changed.replace("\n  informing: на официальном сайте и в электронном дневнике", "\n  informing: на официальном сайте, в электронном дневнике")
                + "\namend:\n  date: 2026-08-31\n  number: 88-од\n  protocol_date: 2026-08-28\n  protocol: \"2\"\n";
        HttpResponse<String> third = put("istoriya", edition.replace("Положение об использовании", "Положение об использовании"), versionOf(second));
        assertEquals(200, third.statusCode(), third.body());
        HttpResponse<byte[]> order = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/istoriya/amend?from=2&to=3&format=pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, order.statusCode(), text(order));
        assertTrue(PdfText.text(order.body()).contains("О внесении"), PdfText.text(order.body()));

        // Restore the first version: a new version with its text; a page that saw an older version is refused.
        HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/istoriya/versions/1/restore"))
                .header("If-Match", "\"" + versionOf(first) + "\"").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> restored = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/istoriya/versions/1/restore"))
                .header("If-Match", "\"" + versionOf(third) + "\"").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(lyceum, get("/api/profiles/istoriya").body());
        assertTrue(get("/api/profiles/istoriya/versions").body().contains("\"number\":4,") 
                && get("/api/profiles/istoriya/versions").body().contains("восстановлена версия 1"));
        assertEquals(404, get("/api/profiles/istoriya/versions/99").statusCode());
        assertEquals(404, get("/api/profiles/netakogo/versions").statusCode());
        assertEquals(400, get("/api/profiles/istoriya/changes?from=1&to=x").statusCode());

        // The audit log: each save, the restore, the amending order, as CSV with a Russian header.
        post("/api/render?doc=sferum/polozhenie&format=docx", lyceum);
        HttpResponse<String> audit = get("/api/audit.csv");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String csv = audit.body();
        assertTrue(csv.startsWith("\uFEFFвремя;кто;профиль;действие;версия\r\n"), csv);
        for (String action : List.of(";istoriya;сохранение;", ";istoriya;восстановлена версия 1;",
                ";istoriya;приказ о внесении изменений, версии 2 → 3;", ";litsey-derzhava;скачан sferum/polozhenie (DOCX);")) {
            assertTrue(csv.contains(action), action + " in " + csv);
        }
    }

    @Test
    void savingDetectsASecondTabsChangesAndNamesStayInTheDataFolder() throws Exception {
        HttpRequest first = HttpRequest.newBuilder(uri(server, "/api/profiles/shkola"))
                .PUT(HttpRequest.BodyPublishers.ofString(lyceum)).build();
        HttpResponse<String> created = HTTP.send(first, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        String version = created.body().replaceAll(".*\"version\":\"([0-9a-f]+)\".*", "$1");
        HttpResponse<String> tabA = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/shkola"))
                .header("If-Match", "\"" + version + "\"").PUT(HttpRequest.BodyPublishers.ofString(lyceum + "# A\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tabA.statusCode());
        HttpResponse<String> tabB = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/shkola"))
                .header("If-Match", "\"" + version + "\"").PUT(HttpRequest.BodyPublishers.ofString(lyceum + "# B\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, tabB.statusCode());
        assertTrue(tabB.body().contains("уже изменён"), tabB.body());
        assertTrue(Files.readString(data.resolve("saved/shkola.yaml")).endsWith("# A\n"), "the first tab's changes stay");
        HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/shkola")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(got.body().endsWith("# A\n") && got.headers().firstValue("ETag").isPresent());
        for (String name : List.of("..%2F..%2Fevil", "%2E%2E", ".hidden")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/" + name))
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, name + ": " + r.statusCode());
        }
        try (var files = Files.list(data)) {
            assertEquals(List.of("saved"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void unknownAddressesAnswerInRussian() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/nothing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertEquals("{\"error\":\"такой страницы нет\"}", r.body());
    }

    @Test
    void thePageHasALabelForEveryInputAndDescribesErrors() throws Exception {
        String page = HTTP.send(HttpRequest.newBuilder(uri(server, "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<(?:input|select) [^>]*id=\"([^\"]+)\"").matcher(page);
        int n = 0;
        while (inputs.find()) {
            String id = inputs.group(1);
            if (id.contains("ROW")) {
                continue;
            }
            n++;
            assertTrue(page.contains("for=\"" + id + "\""), "a label for " + id);
        }
        assertTrue(n > 30, "the form has its fields: " + n);
        assertTrue(page.contains("aria-describedby=\"f-order-date-hint f-order-date-error\""), "errors tied to fields");
    }

    /** A profile whose alias leads to itself: a problem of the field, as the command line says it, never a 500. */
    @Test
    void aCyclicAliasIsAProblemOfTheFieldNotACrash() throws Exception {
        String cyclic = lyceum + (lyceum.endsWith("\n") ? "" : "\n") + "zz: &p {x: *p}\n";
        long line = cyclic.lines().count();
        String problem = "{\"field\":\"zz\",\"line\":" + line + ",\"column\":12,"
                + "\"message\":\"ссылка-псевдоним «*p» ведёт сама на себя\",\"documents\":[";
        HttpResponse<byte[]> validate = post("/api/validate", cyclic);
        assertEquals(200, validate.statusCode(), text(validate));
        assertTrue(text(validate).contains("\"errors\":[" + problem), text(validate));
        HttpResponse<byte[]> render = post("/api/render?doc=sferum/prikaz&format=pdf", cyclic);
        assertEquals(422, render.statusCode(), text(render));
        assertTrue(text(render).startsWith("{\"errors\":[" + problem), text(render));
        HttpResponse<byte[]> parse = post("/api/parse", cyclic);
        assertEquals(200, parse.statusCode(), text(parse));
        assertTrue(text(parse).contains(problem), text(parse));
        assertEquals(200, post("/api/forms", cyclic).statusCode());
    }

    /** An internal failure, an exception or an error alike, is the short Russian JSON with the report's id. */
    @Test
    void anInternalFailureIsShortRussianJsonWithAReportId() throws Exception {
        Renderer overflow = failing("pdf", new StackOverflowError());
        Renderer broken = failing("docx", new IllegalStateException("render failed"));
        WebEngine failing = new WebEngine(Examples.PROFILES, Examples.TEMPLATES,
                java.util.Map.of("docx", broken, "pdf", overflow, "html", new HtmlRenderer()));
        try (WebServer s = new WebServer(failing, new ProfileStore(data.resolve("failing")), "127.0.0.1", 0, null)) {
            for (String[] c : new String[][]{{"pdf", "java.lang.StackOverflowError"}, {"docx", "render failed"}}) {
                HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri(s, "/api/render?doc=sferum/prikaz&format=" + c[0]))
                        .POST(HttpRequest.BodyPublishers.ofString(lyceum)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(500, r.statusCode(), c[0]);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), c[0]);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"error\":\"внутренняя ошибка программы; "
                        + "сообщите администратору номер отчёта: (\\w+)\",\"report\":\"(\\w+)\"}").matcher(text(r));
                assertTrue(m.matches() && m.group(1).equals(m.group(2)), c[0] + ": " + text(r));
                Path report = Path.of(System.getProperty("java.io.tmpdir"), "lokalakt-error-" + m.group(1) + ".txt");
                assertTrue(Files.readString(report).contains(c[1]), "the trace is in the report, not the answer");
                Files.delete(report);
            }
            HttpResponse<byte[]> html = HTTP.send(HttpRequest.newBuilder(uri(s, "/api/render?doc=sferum/prikaz&format=html"))
                    .POST(HttpRequest.BodyPublishers.ofString(lyceum)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, html.statusCode(), "the server goes on");
        }
    }

    /** A raw HTTP/1.1 request over a socket: the JDK's client will not send a foreign Host header or a NUL. */
    static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** DNS rebinding: a page of another site whose name now points here is refused by its Host header. */
    @Test
    void aForeignHostNameIsRefused() throws Exception {
        int port = server.port();
        String evil = raw("POST /api/validate HTTP/1.1\r\nHost: evil.example:" + port + "\r\nOrigin: http://evil.example:" + port
                + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertTrue(evil.startsWith("HTTP/1.1 421"), evil);
        assertTrue(evil.contains("application/json") && evil.contains("по чужому имени"), evil);
        String read = raw("GET /api/profiles HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(read.startsWith("HTTP/1.1 421") && !read.contains("\"profiles\""), read);
        for (String own : List.of("localhost", "127.0.0.1", "[::1]")) {
            String ok = raw("GET /api/catalog HTTP/1.1\r\nHost: " + own + ":" + port + "\r\nConnection: close\r\n\r\n");
            assertTrue(ok.startsWith("HTTP/1.1 200"), own + ": " + ok);
        }
        assertEquals(java.util.Set.of("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1"), WebServer.hostNames("127.0.0.1"));
        assertEquals("fd00:0:0:0:0:0:0:2", WebServer.hostName("[FD00::2]:8080"), "an IPv6 literal in one spelling");
        assertTrue(WebServer.hostNames("192.0.2.7").contains("192.0.2.7") && !WebServer.hostNames("192.0.2.7").contains("evil.example"));
    }

    /** A request Jetty itself cannot read (a NUL in the path) is answered in Russian JSON too, never its English page. */
    @Test
    void jettysOwnBadRequestAnswersInRussianJson() throws Exception {
        for (String path : List.of("/api/profiles/a%00b", "/a\u0000b", "/%00")) {
            String r = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertTrue(r.startsWith("HTTP/1.1 400") || r.startsWith("HTTP/1.1 404"), path + ": " + r);
            assertTrue(r.contains("application/json") && r.contains("{\"error\":\""), path + ": " + r);
            assertFalse(r.contains("Bad Message") || r.contains("<html") || r.contains("Ambiguous"), path + ": " + r);
        }
    }

    /** A save is a profile first: field errors may be saved and fixed later; no YAML or a bomb of aliases is refused. */
    @Test
    void aSaveIsReadAsAProfileFirst() throws Exception {
        String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
        for (String[] c : new String[][]{{"bomb", bomb}, {"notyaml", "kind: [school\n  : : :"}, {"list", "- a\n- b\n"}}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/" + c[0]))
                    .PUT(HttpRequest.BodyPublishers.ofString(c[1])).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.body().contains("это не профиль организации"), r.body());
            assertFalse(Files.exists(data.resolve("saved/" + c[0] + ".yaml")), c[0] + " is not stored");
        }
        HttpResponse<String> unfinished = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles/nachato"))
                .PUT(HttpRequest.BodyPublishers.ofString("kind: school\ninstitution:\n  inn: \"12\"\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unfinished.statusCode(), "a profile with field errors is saved: " + unfinished.body());
    }

    /** A first save from the page needs no technical name: it is made from the short name; the list shows the name. */
    @Test
    void aFirstSaveNamesTheFileItself() throws Exception {
        String json = "{\"profile\":{\"kind\":\"kindergarten\",\"institution\":{\"short_name\":\"МБДОУ «Берёзка»\"}}}";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            names.add(r.body().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1"));
        }
        assertEquals(List.of("mbdou-berezka", "mbdou-berezka-2"), names);
        assertTrue(Files.readString(data.resolve("saved/mbdou-berezka-2.yaml")).contains("id: mbdou-berezka-2\n"));
        String list = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/profiles")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(list.contains("\"mbdou-berezka\":\"МБДОУ «Берёзка»\""), list);
    }

    /** A Windows-1251 file is read and said so; a file in no Russian encoding is refused as the command line refuses it. */
    @Test
    void aWindows1251FileIsConvertedWithANotice() throws Exception {
        byte[] cp1251 = lyceum.getBytes(java.nio.charset.Charset.forName("windows-1251"));
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/parse"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(cp1251)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(text(r).contains("Лицей") && text(r).contains("\"notice\":\"Файл был в кодировке Windows-1251"), text(r));
        assertFalse(text(r).contains("\uFFFD"), "no replacement characters");
        byte[] utf16 = lyceum.getBytes(StandardCharsets.UTF_16);
        HttpResponse<byte[]> refused = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/parse"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf16)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(text(refused).contains("сохраните его в UTF-8"), text(refused));
    }

    /** On every address the start lines give the machine's own addresses to open, never http://0.0.0.0. */
    @Test
    void onEveryAddressTheStartLinesGiveRealAddresses() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlokalakt.home=" + Examples.ROOT, "-cp", System.getProperty("java.class.path"), "ru.lokalakt.cli.Main",
                "serve", "--host", "0.0.0.0", "--port", "0", "--data", data.resolve("any").toString())
                .redirectErrorStream(true).start();
        try {
            List<String> lines = new ArrayList<>();
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null && lines.size() < 20; ) {
                lines.add(line);
                if (line.contains("профили сохраняются")) {
                    break;
                }
            }
            String text = String.join("\n", lines);
            assertFalse(text.contains("0.0.0.0"), text);
            List<String> links = lines.stream().filter(l -> l.startsWith("  http://")).toList();
            assertTrue(links.stream().allMatch(l -> l.matches("  http://(\\d+\\.\\d+\\.\\d+\\.\\d+|\\[[0-9a-f:]+\\]):\\d+/\\?token=[0-9a-f]{36}")), text);
            assertTrue(links.get(links.size() - 1).startsWith("  http://127.0.0.1:"), text);
            for (java.net.InetAddress a : WebServer.addresses()) {
                String h = a.getHostAddress().replaceAll("%.*$", "");
                assertTrue(text.contains(h.contains(":") ? "[" + h + "]" : h), h + " in " + text);
            }
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static Renderer failing(String extension, Throwable failure) {
        return new Renderer() {
            @Override
            public String extension() {
                return extension;
            }

            @Override
            public byte[] render(ru.lokalakt.document.Document document) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
        };
    }
}
