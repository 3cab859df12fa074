package ru.lokalakt.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import ru.lokalakt.generate.ErrorReport;
import ru.lokalakt.profile.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lokalakt serve}: the page a secretary fills in and the HTTP API beside it, over one warm {@link WebEngine}.
 * Bound to loopback unless told otherwise; on any other address every request needs the access token (a header,
 * or the cookie the start page sets). Requests that change anything must come from the page's own origin; bodies
 * over 1 MiB are refused; no stack trace ever reaches a response.
 */
public final class WebServer implements AutoCloseable {
    public static final int MAX_BODY = 1 << 20;
    static final String TOKEN_HEADER = "X-Lokalakt-Token";
    static final String TOKEN_COOKIE = "lokalakt_token";
    private static final String TOO_LARGE = "профиль больше 1 МиБ — это не профиль организации";
    private static final Map<String, String> TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "zip", "application/zip",
            "yaml", "application/yaml; charset=utf-8");

    private final WebEngine engine;
    private final ProfileStore store;
    private final String token;
    private final Javalin app;
    private final Configuration pages;

    /** {@code token}: null on loopback (none needed), else the token every request must carry. */
    public WebServer(WebEngine engine, ProfileStore store, String host, int port, String token) {
        this.engine = engine;
        this.store = store;
        this.token = token;
        this.pages = pageTemplates();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 2L * MAX_BODY;
            config.router.ignoreTrailingSlashes = true;
        });
        routes();
        app.start(host, port);
    }

    /** Whether an address is this machine's loopback: only there may the server run without a token. */
    public static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(safe(this::guard));
        app.get("/", safe(this::page));
        app.get("/static/{file}", safe(this::asset));
        app.get("/api/catalog", safe(ctx -> json(ctx, 200, catalog())));
        app.post("/api/validate", safe(ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errors", engine.problems(body(ctx)).stream().map(WebEngine.Problem::json).toList());
            json(ctx, 200, out);
        }));
        app.post("/api/render", safe(this::render));
        app.post("/api/forms", safe(ctx -> json(ctx, 200, engine.forms(body(ctx)))));
        app.post("/api/parse", safe(ctx -> json(ctx, 200, engine.parse(body(ctx)))));
        app.get("/api/examples/{id}", safe(ctx -> {
            String text = engine.example(ctx.pathParam("id"));
            if (text == null) {
                error(ctx, 404, "нет такого примера");
                return;
            }
            ctx.contentType(TYPES.get("yaml")).result(text);
        }));
        app.get("/api/profiles", safe(ctx -> json(ctx, 200, Map.of("profiles", store.names()))));
        app.get("/api/profiles/{name}", safe(ctx -> {
            String name = ctx.pathParam("name");
            ProfileStore.Saved saved = ProfileStore.validName(name) ? store.read(name) : null;
            if (saved == null) {
                error(ctx, 404, "сохранённого профиля «" + name + "» нет");
                return;
            }
            ctx.header("ETag", "\"" + saved.version() + "\"");
            ctx.contentType(TYPES.get("yaml")).result(saved.text());
        }));
        app.put("/api/profiles/{name}", safe(this::save));
        app.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, TOO_LARGE));
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e instanceof Failed ? e.getCause() : e));
        app.error(404, safe(ctx -> {
            if (!"application/json; charset=utf-8".equals(ctx.res().getContentType()) || ctx.result() == null
                    || ctx.result().startsWith("Endpoint ")) {
                error(ctx, 404, "такой страницы нет");
            }
        }));
        app.error(405, ctx -> error(ctx, 405, "этот метод здесь не поддерживается"));
    }

    /**
     * An internal failure, exception or error: the short Russian line and the report's id, as the command line
     * tells it (the report's path stays in the server's log), never an empty 500.
     */
    private static void internalError(Context ctx, Throwable e) {
        ErrorReport.Saved report = ErrorReport.saved(e);
        System.err.println("lokalakt serve: " + ctx.method() + " " + ctx.path() + ": " + report.message());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", report.id() == null ? report.message()
                : "внутренняя ошибка программы; сообщите администратору номер отчёта: " + report.id());
        if (report.id() != null) {
            out.put("report", report.id());
        }
        json(ctx, 500, out);
    }

    /**
     * Javalin hands only exceptions to the handler above; an error thrown while answering (a stack overflow)
     * would end in an empty 500. Each handler passes it on as an exception instead.
     */
    private static io.javalin.http.Handler safe(io.javalin.http.Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Error e) {
                throw new Failed(e);
            }
        };
    }

    /** An error met by a handler, carried to the exception handler. */
    private static final class Failed extends RuntimeException {
        Failed(Error cause) {
            super(cause);
        }
    }

    /** The token off loopback, the origin for requests that change anything, the size of the body. */
    private void guard(Context ctx) {
        if (token != null) {
            String given = ctx.header(TOKEN_HEADER);
            if (given == null) {
                given = ctx.cookie(TOKEN_COOKIE);
            }
            String fromLink = ctx.queryParam("token");
            if (given == null && fromLink != null && ctx.path().equals("/") && same(fromLink, token)) {
                Cookie cookie = new Cookie(TOKEN_COOKIE, token);
                cookie.setHttpOnly(true);
                cookie.setSameSite(SameSite.STRICT);
                cookie.setPath("/");
                ctx.cookie(cookie);
                ctx.redirect("/");
                ctx.skipRemainingHandlers();
                return;
            }
            if (given == null || !same(given, token)) {
                error(ctx, 401, "нужен ключ доступа: откройте адрес с ?token=…, который сервер напечатал при запуске, "
                        + "или передайте заголовок " + TOKEN_HEADER);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            String origin = ctx.header("Origin");
            String site = ctx.header("Sec-Fetch-Site");
            String host = ctx.header("Host");
            boolean foreignOrigin = origin != null && !origin.equals("null") && host != null
                    && !origin.equals("http://" + host) && !origin.equals("https://" + host);
            if (foreignOrigin || "null".equals(origin) || "cross-site".equals(site)) {
                error(ctx, 403, "запрос с чужой страницы отклонён");
                ctx.skipRemainingHandlers();
                return;
            }
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
                error(ctx, 413, TOO_LARGE);
                ctx.skipRemainingHandlers();
            }
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The request body as UTF-8 text, at most 1 MiB (a body sent without a length is counted as it comes). */
    private static String body(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    throw new TooLarge();
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private void render(Context ctx) throws IOException {
        String format = ctx.queryParam("format");
        String doc = ctx.queryParam("doc");
        String text = body(ctx);
        if (format == null || !WebEngine.FORMATS.contains(format) && !format.equals("zip")) {
            error(ctx, 400, "формат: docx, pdf, html или zip");
            return;
        }
        if (!format.equals("zip") && (doc == null || !engine.documents().contains(doc))) {
            error(ctx, 400, "документ: " + String.join(", ", engine.documents()));
            return;
        }
        try {
            if (format.equals("zip")) {
                WebEngine.Output zip = engine.zip(text);
                file(ctx, zip.file().fileName(), "zip", zip.file().bytes());
            } else {
                WebEngine.Output out = engine.render(text, doc, format);
                file(ctx, out.id() + "-" + out.file().fileName(), format, out.file().bytes());
            }
        } catch (WebEngine.Invalid e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errors", e.problems().stream().map(WebEngine.Problem::json).toList());
            json(ctx, 422, out);
        }
    }

    private static void file(Context ctx, String name, String format, byte[] bytes) {
        ctx.contentType(TYPES.get(format));
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Cache-Control", "no-store");
        ctx.result(bytes);
    }

    private void save(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!ProfileStore.validName(name)) {
            error(ctx, 400, "имя профиля: латинские буквы, цифры, «-», «_», «.»");
            return;
        }
        String text = body(ctx);
        String expected = ctx.header("If-Match");
        expected = expected == null ? ProfileStore.NEW : expected.replace("\"", "").strip();
        ProfileStore.SaveResult result = store.save(name, text, expected);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", result.version());
        if (!result.saved()) {
            out.put("error", "профиль «" + name + "» уже изменён в другой вкладке или другим человеком: "
                    + "откройте его заново и внесите правки ещё раз, чтобы не затереть чужие изменения");
            json(ctx, 409, out);
            return;
        }
        ctx.header("ETag", "\"" + result.version() + "\"");
        json(ctx, 200, out);
    }

    private Map<String, Object> catalog() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kinds", engine.named("kinds", "kind.name"));
        out.put("regions", engine.named("regions", "region.name"));
        out.put("examples", engine.named("examples", "institution.short_name"));
        out.put("documents", engine.documents());
        out.put("formats", List.of("docx", "pdf", "html", "zip"));
        return out;
    }

    private void page(Context ctx) throws IOException, TemplateException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kinds", engine.named("kinds", "kind.name"));
        model.put("regions", engine.named("regions", "region.name"));
        model.put("examples", engine.named("examples", "institution.short_name"));
        model.put("documents", engine.documents());
        model.put("groups", FormSpec.groups());
        model.put("ownRegion", FormSpec.ownRegionFields());
        model.put("person", FormSpec.personFields());
        model.put("labels", OPTION_LABELS);
        model.put("documentNames", WebEngine.DOCUMENT_NAMES);
        model.put("spec", Json.compact(FormSpec.forScript()));
        Template template = pages.getTemplate("page.ftlh");
        StringWriter out = new StringWriter();
        template.process(model, out);
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "frame-src 'self' blob: data:; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** The page's words for the schema's values. */
    static final Map<String, String> OPTION_LABELS = Map.ofEntries(
            Map.entry("female", "женский"), Map.entry("male", "мужской"),
            Map.entry("order", "«УТВЕРЖДЕНО приказом …»"), Map.entry("head", "«УТВЕРЖДАЮ» с подписью руководителя"),
            Map.entry("2025", "ГОСТ Р 7.0.97-2025"), Map.entry("2016", "ГОСТ Р 7.0.97-2016"),
            Map.entry("12", "12 пт"), Map.entry("13", "13 пт"), Map.entry("14", "14 пт"),
            Map.entry("same", "«Лицей «ДЕРЖАВА»»"), Map.entry("typographic", "«Лицей „ДЕРЖАВА“»"));


    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z0-9-]+\\.(js|css)")) {
            error(ctx, 404, "такого файла нет");
            return;
        }
        try (InputStream in = WebServer.class.getResourceAsStream("/ru/lokalakt/web/" + file)) {
            if (in == null) {
                error(ctx, 404, "такого файла нет");
                return;
            }
            ctx.contentType(file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
            ctx.result(in.readAllBytes());
        }
    }

    private static Configuration pageTemplates() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(WebServer.class, "/ru/lokalakt/web"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.compact(value));
    }

    static void error(Context ctx, int status, String message) {
        json(ctx, status, Map.of("error", message));
    }
}
