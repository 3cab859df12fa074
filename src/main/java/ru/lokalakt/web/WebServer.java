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
    /** Office mode: the office's keys and the institutions' links; null when the server has one token or none. */
    private final Office office;
    private final KeyAttempts attempts = new KeyAttempts();
    private final Javalin app;
    private final Configuration pages;
    /** The names a request may give in its Host header: those the server listens under (DNS rebinding). */
    private final java.util.Set<String> hostNames;

    /** {@code token}: null on loopback (none needed), else the token every request must carry. */
    public WebServer(WebEngine engine, ProfileStore store, String host, int port, String token) {
        this(engine, store, host, port, token, null);
    }

    /**
     * {@code institutions}: office mode — every request carries the office's key or an institution's link, on any
     * address, and an institution reaches its own profile and nothing else.
     */
    public WebServer(WebEngine engine, ProfileStore store, String host, int port, String token, Institutions institutions) {
        this(engine, store, host, port, token, institutions, List.of());
    }

    /**
     * {@code publicNames}: the names the server is published under by a proxy in front of it (nginx on this
     * machine passing the browser's Host): requests addressed to them are this server's too.
     */
    public WebServer(WebEngine engine, ProfileStore store, String host, int port, String token, Institutions institutions,
                     List<String> publicNames) {
        this.engine = engine;
        this.store = store;
        this.token = institutions == null ? token : null;
        this.office = institutions == null ? null : new Office(engine, store, institutions);
        this.pages = pageTemplates();
        java.util.Set<String> names = hostNames(host);
        publicNames.forEach(n -> names.add(normal(n.strip())));
        this.hostNames = names;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 2L * MAX_BODY;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrors()));
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

    /**
     * The host names a request may address: on loopback its names; on a named address that name and its
     * addresses; on every address (0.0.0.0, ::) the machine's own addresses and names.
     */
    static java.util.Set<String> hostNames(String host) {
        java.util.Set<String> names = new java.util.HashSet<>(List.of("localhost", "127.0.0.1", normal("::1")));
        String h = normal(host.replace("[", "").replace("]", ""));
        names.add(h);
        if (loopback(host)) {
            return names;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(h)) {
                names.add(bare(a.getHostAddress()));
            }
        } catch (UnknownHostException e) {
            // the configured name alone
        }
        if (h.equals("0.0.0.0") || h.equals("0:0:0:0:0:0:0:0")) {
            for (InetAddress a : addresses()) {
                names.add(bare(a.getHostAddress()));
            }
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(java.util.Locale.ROOT));
                names.add(local.getCanonicalHostName().toLowerCase(java.util.Locale.ROOT));
            } catch (UnknownHostException e) {
                // addresses only
            }
        }
        return names;
    }

    /** An IPv6 address without its zone («fe80::1%eth0» → «fe80::1»), in one spelling. */
    private static String bare(String address) {
        int zone = address.indexOf('%');
        return normal(zone < 0 ? address : address.substring(0, zone));
    }

    /** A name lower-case; an IPv6 literal in Java's one spelling («fd00::2» and «fd00:0:…:2» alike), never looked up. */
    static String normal(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains(":") && n.matches("[0-9a-f:.]+")) {
            try {
                return InetAddress.getByName(n).getHostAddress();
            } catch (UnknownHostException e) {
                return n;
            }
        }
        return n;
    }

    /** The machine's own addresses on its network interfaces that are up, loopback left out, IPv4 first. */
    public static List<InetAddress> addresses() {
        List<InetAddress> out = new java.util.ArrayList<>();
        try {
            for (java.net.NetworkInterface n : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InetAddress a : java.util.Collections.list(n.getInetAddresses())) {
                    if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        out.add(a);
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // none known
        }
        out.sort(java.util.Comparator.comparing(a -> a instanceof java.net.Inet6Address ? 1 : 0));
        return out;
    }

    /** The name a Host header gives, without its port, lower-case; null when there is none. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : normal(h.substring(1, end));
        }
        int colon = h.indexOf(':');
        return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
    }

    /**
     * Jetty's own answers to a request it cannot read (a NUL in the path, a malformed header): the same short
     * Russian JSON as every other answer, never its English HTML page.
     */
    static final class JsonErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        JsonErrors() {
            setShowStacks(false);
            setShowServlet(false);
        }

        static String message(int status) {
            return switch (status) {
                case 400 -> "запрос не разобран: в адресе или заголовках недопустимые знаки";
                case 404 -> "такой страницы нет";
                case 405 -> "этот метод здесь не поддерживается";
                case 413 -> TOO_LARGE;
                case 414 -> "адрес запроса слишком длинный";
                case 431 -> "заголовки запроса слишком велики";
                default -> status >= 500 ? "внутренняя ошибка сервера" : "запрос отклонён (код " + status + ")";
            };
        }

        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            return java.nio.ByteBuffer.wrap(Json.compact(Map.of("error", message(status))).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void generateAcceptableResponse(org.eclipse.jetty.server.Request baseRequest,
                                                  jakarta.servlet.http.HttpServletRequest request,
                                                  jakarta.servlet.http.HttpServletResponse response, int code, String message)
                throws IOException {
            baseRequest.setHandled(true);
            response.setContentType("application/json; charset=utf-8");
            response.getOutputStream().write(Json.compact(Map.of("error", message(code))).getBytes(StandardCharsets.UTF_8));
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
        get("/", safe(this::page));
        get("/static/{file}", safe(this::asset));
        get("/api/catalog", safe(ctx -> json(ctx, 200, catalog())));
        post("/api/validate", heavy(ctx -> json(ctx, 200, engine.check(profileText(ctx).yaml(), taken(ctx, null)))));
        post("/api/check", heavy(ctx -> {
            Posted posted = profileText(ctx);
            WebEngine.Report report = engine.report(posted.yaml(), taken(ctx, posted.saved()));
            Map<String, Object> out = report.json(engine.documents(report.profile()));
            out.put("forms", engine.forms(report.profile()));
            json(ctx, 200, out);
        }));
        post("/api/render", heavy(this::render));
        post("/api/yaml", safe(ctx -> {
            Posted posted = profileText(ctx);
            if (readable(ctx, posted.yaml())) {
                Object id = ru.lokalakt.profile.ProfileLoader.ownData(posted.yaml(), WebEngine.POSTED).get("id");
                file(ctx, (id instanceof String s && ProfileStore.validName(s) ? s : "profil") + ".yaml", "yaml",
                        posted.yaml().getBytes(StandardCharsets.UTF_8));
            }
        }));
        post("/api/forms", heavy(ctx -> json(ctx, 200, engine.forms(profileText(ctx).yaml()))));
        post("/api/parse", safe(ctx -> json(ctx, 200, engine.parse(bytes(ctx)))));
        get("/api/examples/{id}", safe(ctx -> {
            String text = engine.example(ctx.pathParam("id"));
            if (text == null) {
                error(ctx, 404, "нет такого примера");
                return;
            }
            ctx.contentType(TYPES.get("yaml")).result(text);
        }));
        get("/api/profiles", safe(ctx -> {
            List<String> names = visible(ctx);
            json(ctx, 200, Map.of("profiles", names, "titles", titles(names)));
        }));
        post("/api/profiles", safe(this::saveNew));
        get("/api/profiles/{name}", safe(ctx -> {
            String name = ctx.pathParam("name");
            ProfileStore.Saved saved = ProfileStore.validName(name) ? store.read(name) : null;
            if (saved == null) {
                error(ctx, 404, "сохранённого профиля «" + name + "» нет");
                return;
            }
            ctx.header("ETag", "\"" + saved.version() + "\"");
            ctx.contentType(TYPES.get("yaml")).result(saved.text());
        }));
        put("/api/profiles/{name}", safe(this::save));
        get("/api/profiles/{name}/versions", safe(ctx -> {
            String name = savedName(ctx);
            if (name == null) {
                return;
            }
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            for (ProfileStore.Version v : store.versions(name)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", v.number());
                m.put("time", v.time());
                m.put("version", v.version());
                m.put("who", v.who());
                m.put("action", v.action());
                out.add(m);
            }
            json(ctx, 200, Map.of("versions", out));
        }));
        get("/api/profiles/{name}/versions/{n}", safe(ctx -> {
            String text = versionText(ctx, ctx.pathParam("n"));
            if (text != null) {
                ctx.contentType(TYPES.get("yaml")).result(text);
            }
        }));
        get("/api/profiles/{name}/changes", safe(ctx -> {
            String older = versionText(ctx, ctx.queryParam("from"));
            String newer = older == null ? null : versionText(ctx, ctx.queryParam("to"));
            if (newer != null) {
                json(ctx, 200, Map.of("changes", ProfileChanges.describe(older, newer)));
            }
        }));
        post("/api/profiles/{name}/versions/{n}/restore", safe(this::restore));
        get("/api/profiles/{name}/amend", safe(ctx -> {
            String older = versionText(ctx, ctx.queryParam("from"));
            String newer = older == null ? null : versionText(ctx, ctx.queryParam("to"));
            String format = ctx.queryParam("format") == null ? "docx" : ctx.queryParam("format");
            if (newer == null) {
                return;
            }
            if (!WebEngine.FORMATS.contains(format)) {
                error(ctx, 400, "формат: docx, pdf или html");
                return;
            }
            try {
                WebEngine.Output out = engine.amend(older, newer, format);
                store.audit(role(ctx), ctx.pathParam("name"), "приказ о внесении изменений, версии " + ctx.queryParam("from")
                        + " → " + ctx.queryParam("to"), "");
                file(ctx, out.id() + "-" + out.file().fileName(), format, out.file().bytes());
            } catch (WebEngine.Invalid e) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("errors", e.problems().stream().map(WebEngine.Problem::json).toList());
                json(ctx, 422, out);
            }
        }));
        get("/api/audit.csv", safe(ctx -> {
            StringBuilder csv = new StringBuilder("\uFEFFвремя;кто;профиль;действие;версия\r\n");
            Who who = who(ctx);
            for (ProfileStore.Entry e : store.auditLog()) {
                if (!who.may(e.profile())) {
                    continue;
                }
                csv.append(String.join(";", Office.cell(e.time()), Office.cell(e.who()), Office.cell(e.profile()),
                        Office.cell(e.action()), Office.cell(e.version()))).append("\r\n");
            }
            ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
        }));
        officeRoutes();
        app.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, TOO_LARGE));
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
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
     * The office's page and API: its institutions, their links, the documents and amending orders of all of them,
     * the region files. Each path starts with /office or /api/office: {@link #scoped} answers 404 to anyone else.
     */
    private void officeRoutes() {
        get("/office", safe(this::officePage));
        get("/api/office/institutions", safe(ctx -> json(ctx, 200, Map.of("institutions", office.list()))));
        post("/api/office/institutions", safe(this::addInstitution));
        post("/api/office/institutions/{name}/link", safe(ctx -> {
            String name = ctx.pathParam("name");
            String key = office.registry().reissue(name);
            if (key == null) {
                error(ctx, 404, "организации «" + name + "» нет");
                return;
            }
            store.audit(role(ctx), name, "выдана новая ссылка доступа (прежняя отозвана)", "");
            json(ctx, 200, Map.of("name", name, "link", link(ctx, key)));
        }));
        delete("/api/office/institutions/{name}/link", safe(ctx -> {
            String name = ctx.pathParam("name");
            if (!office.registry().revoke(name)) {
                error(ctx, 404, "организации «" + name + "» нет");
                return;
            }
            store.audit(role(ctx), name, "ссылка доступа отозвана", "");
            json(ctx, 200, Map.of("name", name, "link", "отозвана"));
        }));
        get("/api/office/documents.zip", safe(ctx -> {
            List<String> names = chosen(ctx);
            if (names == null) {
                return;
            }
            byte[] zip = office.documents(names);
            for (String name : names) {
                store.audit(role(ctx), name, "скачаны документы (ZIP всех выбранных организаций)", "");
            }
            file(ctx, "dokumenty.zip", "zip", zip);
        }));
        get("/api/office/amendments.zip", safe(ctx -> {
            List<String> names = chosen(ctx);
            if (names == null) {
                return;
            }
            String since = ctx.queryParam("since");
            java.time.LocalDate date;
            try {
                date = java.time.LocalDate.parse(since == null ? "" : since);
            } catch (java.time.DateTimeException e) {
                error(ctx, 400, "дата, с которой искать изменения: ГГГГ-ММ-ДД");
                return;
            }
            String format = ctx.queryParam("format") == null ? "docx" : ctx.queryParam("format");
            if (!WebEngine.FORMATS.contains(format)) {
                error(ctx, 400, "формат: docx, pdf или html");
                return;
            }
            Office.Amendments out = office.amendments(date, names, format);
            store.audit(role(ctx), "", "приказы о внесении изменений с " + since + ": " + out.orders(), "");
            file(ctx, "prikazy-ob-izmeneniyakh-s-" + since + ".zip", "zip", out.zip());
        }));
        get("/api/office/regions/{code}", safe(ctx -> {
            String code = ctx.pathParam("code");
            String text = office.region(code);
            if (text == null) {
                error(ctx, 404, "региона «" + code + "» нет");
                return;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", code);
            out.put("own", office.ownRegion(code));
            out.put("text", text);
            json(ctx, 200, out);
        }));
        put("/api/office/regions/{code}", safe(ctx -> {
            String code = ctx.pathParam("code");
            if (office.region(code) == null) {
                error(ctx, 404, "региона «" + code + "» нет");
                return;
            }
            try {
                office.saveRegion(code, body(ctx));
            } catch (ru.lokalakt.profile.ProfileException e) {
                ru.lokalakt.profile.ProfileException.Issue issue = e.issues().get(0);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("error", (issue.location() == null ? "" : "строка " + issue.location().line() + ": ") + issue.message());
                json(ctx, 422, out);
                return;
            }
            store.audit(role(ctx), "", "изменён файл региона " + code, "");
            json(ctx, 200, Map.of("code", code, "own", true));
        }));
    }

    /** The institutions a request names ({@code ?names=a,b}), every one of them when none; null after a 404. */
    private List<String> chosen(Context ctx) {
        String given = ctx.queryParam("names");
        List<String> all = office.registry().list().stream().map(Institutions.Institution::name).toList();
        if (given == null || given.isBlank()) {
            return all;
        }
        List<String> out = new java.util.ArrayList<>();
        for (String n : given.split(",")) {
            String name = n.strip();
            if (!all.contains(name)) {
                error(ctx, 404, "организации «" + name + "» нет");
                return null;
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The link that opens the page with a key: this server's address as the request reached it. */
    private static String link(Context ctx, String key) {
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.req().isSecure() ? "https" : "http";
        return scheme + "://" + ctx.header("Host") + "/?key=" + key;
    }

    /** A new institution: its name made from its title unless given; its link, shown this once. */
    private void addInstitution(Context ctx) throws IOException {
        Object parsed;
        try {
            parsed = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(body(ctx));
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?> m) || !(m.get("title") instanceof String title) || title.isBlank()) {
            error(ctx, 400, "укажите наименование организации: {\"title\": \"…\"}");
            return;
        }
        if (title.length() > 300) {
            error(ctx, 400, "наименование организации длиннее 300 знаков");
            return;
        }
        String name = m.get("name") instanceof String n && !n.isBlank() ? n.strip() : office.freeName(title);
        if (!ProfileStore.validName(name)) {
            error(ctx, 400, "имя организации: латинские буквы, цифры, «-», «_», «.»");
            return;
        }
        if (office.registry().get(name) != null || store.read(name) != null) {
            error(ctx, 409, "имя «" + name + "» уже занято");
            return;
        }
        String key = office.registry().add(name, title.strip());
        store.audit(role(ctx), name, "добавлена организация «" + title.strip() + "», выдана ссылка доступа", "");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("title", title.strip());
        out.put("link", link(ctx, key));
        json(ctx, 201, out);
    }

    private void officePage(Context ctx) throws IOException, TemplateException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("regions", byName(engine.named("regions", "region.name")));
        Template template = pages.getTemplate("office.ftlh");
        StringWriter out = new StringWriter();
        template.process(model, out);
        securityHeaders(ctx);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "frame-src 'self' blob: data:; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
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

    /**
     * Checking and rendering take the processor: at most two per core run at once, the others wait their turn in
     * the order they came. Hundreds of institutions at once then share the cores instead of thrashing them and the
     * memory, and the requests that arrived first are answered first.
     */
    private final java.util.concurrent.Semaphore work = new java.util.concurrent.Semaphore(
            Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    private io.javalin.http.Handler heavy(io.javalin.http.Handler handler) {
        io.javalin.http.Handler inner = safe(handler);
        return ctx -> {
            work.acquire();
            try {
                inner.handle(ctx);
            } finally {
                work.release();
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
        String named = hostName(ctx.header("Host"));
        if (named == null || !hostNames.contains(named)) {
            error(ctx, 421, "запрос обращён к серверу по чужому имени («" + (named == null ? "" : named)
                    + "»): откройте страницу по адресу, который сервер напечатал при запуске");
            ctx.skipRemainingHandlers();
            return;
        }
        if (office != null) {
            if (!officeGuard(ctx)) {
                ctx.skipRemainingHandlers();
                return;
            }
        } else if (token != null) {
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
        return new String(bytes(ctx), StandardCharsets.UTF_8);
    }

    /** A profile posted: as JSON from the page (written as YAML here), or as YAML text; the name it is saved as. */
    record Posted(String yaml, String saved) {
    }

    /**
     * The profile a request brings. The page posts JSON — {@code {"profile": {…}, "saved": "name"}} — and only the
     * server writes YAML, with the one writer {@code init} uses; a file name is made from the short name when the
     * profile gives none. Anything else is taken as YAML text, as the command line reads it.
     */
    private Posted profileText(Context ctx) throws IOException {
        String text = body(ctx);
        String type = String.valueOf(ctx.header("Content-Type")).toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            return new Posted(text, null);
        }
        Object parsed;
        try {
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            options.setMaxAliasesForCollections(0);
            options.setAllowDuplicateKeys(false);
            options.setNestingDepthLimit(20);
            parsed = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            throw new BadRequest("данные формы не разобраны: ожидался JSON-объект {\"profile\": {…}}");
        }
        if (!(parsed instanceof Map<?, ?> envelope) || !(envelope.get("profile") instanceof Map<?, ?> given)) {
            throw new BadRequest("данные формы не разобраны: ожидался JSON-объект {\"profile\": {…}}");
        }
        String saved = envelope.get("saved") instanceof String n && ProfileStore.validName(n) ? n : null;
        if (who(ctx).institution() != null) {
            // An institution's profile is its own, under its own name, whatever the page says.
            saved = who(ctx).institution();
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        given.forEach((k, v) -> profile.put(String.valueOf(k), v));
        if (who(ctx).institution() != null) {
            profile.remove("id");
        }
        if (!(profile.get("id") instanceof String id) || id.isBlank()) {
            Object name = profile.get("institution") instanceof Map<?, ?> inst ? inst.get("short_name") : null;
            if (name instanceof Map<?, ?> m) {
                name = m.get("nom");
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("id", saved != null ? saved : WebEngine.suggestId(name instanceof String s ? s : null, taken(ctx, null)));
            profile.remove("id");
            ordered.putAll(profile);
            profile.clear();
            profile.putAll(ordered);
        }
        return new Posted(ru.lokalakt.profile.ProfileYaml.write(profile,
                "Профиль организации для lokalakt (сохранён со страницы lokalakt serve)"), saved);
    }

    /** Saved profiles' names, but for the one being edited. */
    private java.util.Set<String> taken(Context ctx, String except) throws IOException {
        if (who(ctx).institution() != null) {
            return java.util.Set.of();
        }
        java.util.Set<String> names = new java.util.HashSet<>(store.names());
        if (office != null) {
            // In office mode names are the office's to give: an institution's is fixed, and others' stay unseen.
            office.registry().list().forEach(i -> names.add(i.name()));
        }
        if (except != null) {
            names.remove(except);
        }
        return names;
    }

    /** A request the server cannot read: 400 with the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** The request body, at most 1 MiB. */
    private static byte[] bytes(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    throw new TooLarge();
                }
            }
            return out.toByteArray();
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
        String text = profileText(ctx).yaml();
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
                store.audit(role(ctx), audited(ctx, zip.id()), "скачаны все готовые документы (ZIP)", "");
                file(ctx, zip.file().fileName(), "zip", zip.file().bytes());
            } else {
                WebEngine.Output out = engine.render(text, doc, format);
                // A preview (HTML) is no download; a DOCX or PDF is.
                if (!format.equals("html")) {
                    store.audit(role(ctx), audited(ctx, out.id()), "скачан " + doc + " (" + format.toUpperCase(java.util.Locale.ROOT) + ")", "");
                }
                file(ctx, out.id() + "-" + out.file().fileName(), format, out.file().bytes());
            }
        } catch (WebEngine.Invalid e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errors", e.problems().stream().map(WebEngine.Problem::json).toList());
            json(ctx, 422, out);
        }
    }

    /** The profile an action is logged under: an institution's own, whatever id the profile it sent gives. */
    private static String audited(Context ctx, String id) {
        return who(ctx).institution() != null ? who(ctx).institution() : id;
    }

    /** The saved profile's name from the path, or null after answering 404. */
    private String savedName(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!ProfileStore.validName(name) || store.read(name) == null) {
            error(ctx, 404, "сохранённого профиля «" + name + "» нет");
            return null;
        }
        return name;
    }

    /** The text of a version of the saved profile in the path (its number), or null after answering 404 or 400. */
    private String versionText(Context ctx, String number) throws IOException {
        String name = savedName(ctx);
        if (name == null) {
            return null;
        }
        if (number == null || !number.matches("\\d{1,6}")) {
            error(ctx, 400, "номер версии — число: 1, 2, 3 …");
            return null;
        }
        String text = store.version(name, Integer.parseInt(number));
        if (text == null) {
            error(ctx, 404, "версии " + number + " профиля «" + name + "» нет");
        }
        return text;
    }

    /** A version saved again as the profile's newest: the version it replaces must be the one the page saw. */
    private void restore(Context ctx) throws IOException {
        String text = versionText(ctx, ctx.pathParam("n"));
        if (text == null) {
            return;
        }
        String name = ctx.pathParam("name");
        String expected = ctx.header("If-Match");
        expected = expected == null ? "" : expected.replace("\"", "").strip();
        ProfileStore.SaveResult result = store.save(name, text, expected, "восстановлена версия " + ctx.pathParam("n"), role(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", result.version());
        if (!result.saved()) {
            out.put("error", "профиль «" + name + "» уже изменён: откройте его заново и восстановите версию ещё раз");
            json(ctx, 409, out);
            return;
        }
        ctx.header("ETag", "\"" + result.version() + "\"");
        out.put("name", name);
        json(ctx, 200, out);
    }

    /** Who acts, for the audit log: the office, an institution by its id, or the page of a server without roles. */
    private String role(Context ctx) {
        Who who = who(ctx);
        if (who.office()) {
            return "офис";
        }
        if (who.institution() != null) {
            return "организация " + who.institution();
        }
        return token == null ? "страница" : "страница (по ключу)";
    }

    // ---- who asks ------------------------------------------------------------------------------------------------

    /**
     * Who a request comes from: the office (everything), an institution (its own profile only), or, on a server
     * without office mode, the page (everything, as before roles).
     */
    record Who(boolean office, String institution) {
        static final Who PAGE = new Who(false, null);
        static final Who OFFICE = new Who(true, null);

        /** Whether this one may see and change the saved profile {@code name}. */
        boolean may(String name) {
            return institution == null || institution.equals(name);
        }
    }

    private static final String WHO = "lokalakt.who";
    static final String KEY_HEADER = "X-Lokalakt-Key";
    static final String KEY_COOKIE = "lokalakt_key";

    private static Who who(Context ctx) {
        Who who = ctx.attribute(WHO);
        return who == null ? Who.PAGE : who;
    }

    /** The saved profiles this one may see: all, or the institution's own. */
    private List<String> visible(Context ctx) throws IOException {
        Who who = who(ctx);
        return store.names().stream().filter(who::may).toList();
    }

    /**
     * A route's handler behind the check every route gets by its path: the office's routes answer 404 to anyone
     * but the office, a route naming a saved profile answers 404 to an institution it does not belong to — as if
     * it did not exist, so names cannot be probed.
     */
    private io.javalin.http.Handler scoped(String path, io.javalin.http.Handler handler) {
        boolean officeOnly = path.equals("/office") || path.startsWith("/api/office");
        boolean named = path.contains("{name}");
        return ctx -> {
            Who who = who(ctx);
            if (officeOnly && !who.office()) {
                error(ctx, 404, "такой страницы нет");
                return;
            }
            if (named && !who.may(ctx.pathParam("name"))) {
                error(ctx, 404, "сохранённого профиля «" + ctx.pathParam("name") + "» нет");
                return;
            }
            handler.handle(ctx);
        };
    }

    private void get(String path, io.javalin.http.Handler handler) {
        app.get(path, scoped(path, handler));
    }

    private void post(String path, io.javalin.http.Handler handler) {
        app.post(path, scoped(path, handler));
    }

    private void put(String path, io.javalin.http.Handler handler) {
        app.put(path, scoped(path, handler));
    }

    private void delete(String path, io.javalin.http.Handler handler) {
        app.delete(path, scoped(path, handler));
    }

    /** Every route of this server, as «METHOD path»: what a test walks to prove each is checked. */
    public List<String> routeList() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.getEndpoint().getMethod().isHttpMethod())
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath()).toList();
    }

    /** The address a request comes from; behind a proxy on this machine, the one the proxy names. */
    private static String client(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Real-IP");
        String address = forwarded != null && loopback(peer) && forwarded.matches("[0-9a-fA-F:.]{2,45}") ? forwarded : peer;
        // An IPv6 client has a whole /64 to itself: its wrong keys are counted for the /64.
        if (address.contains(":") && !address.contains(".")) {
            String[] groups = normal(address).split(":", -1);
            if (groups.length == 8) {
                return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
            }
        }
        return address;
    }

    /**
     * Office mode: the key of the office or an institution's link, from its header, its cookie or — once, on
     * the start page — the link itself, which sets the cookie and leads on. A wrong key makes the client wait
     * before its next one is checked, longer each time.
     */
    private boolean officeGuard(Context ctx) {
        if (ctx.method().name().equals("HEAD")) {
            // Javalin answers HEAD beside a GET route without running its handler, and so without its checks.
            error(ctx, 405, "этот метод здесь не поддерживается");
            return false;
        }
        boolean viaLink = ctx.queryParam("key") != null && ctx.method().name().equals("GET")
                && (ctx.path().equals("/") || ctx.path().equals("/office"));
        String key = viaLink ? ctx.queryParam("key") : ctx.header(KEY_HEADER) != null ? ctx.header(KEY_HEADER) : ctx.cookie(KEY_COOKIE);
        if (key == null) {
            unauthorized(ctx, "нужна ссылка доступа: откройте ссылку, которую прислал региональный оператор");
            return false;
        }
        String client = client(ctx);
        long wait = attempts.waiting(client);
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            ctx.header("Retry-After", String.valueOf(seconds));
            error(ctx, 429, "слишком много неверных ключей подряд: попробуйте снова через " + seconds + " с");
            return false;
        }
        Institutions registry = office.registry();
        Who who = registry.office(key) ? Who.OFFICE : null;
        if (who == null) {
            String institution = registry.institution(key);
            who = institution == null ? null : new Who(false, institution);
        }
        if (who == null) {
            attempts.wrong(client);
            unauthorized(ctx, "ссылка доступа неверна или отозвана: попросите у регионального оператора новую");
            return false;
        }
        if (viaLink) {
            Cookie cookie = new Cookie(KEY_COOKIE, key);
            cookie.setHttpOnly(true);
            // Lax: the link arrives by e-mail, from another site, and its redirect must carry the cookie; whatever
            // changes anything is a POST, PUT or DELETE, refused from another origin by the guard.
            cookie.setSameSite(SameSite.LAX);
            cookie.setPath("/");
            cookie.setMaxAge(180 * 24 * 3600);
            cookie.setSecure("https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.req().isSecure());
            ctx.cookie(cookie);
            ctx.redirect(who.office() ? "/office" : "/");
            return false;
        }
        ctx.attribute(WHO, who);
        return true;
    }

    /** 401: in words for a person who opened the page, as JSON for the API. */
    private static void unauthorized(Context ctx, String message) {
        String accept = String.valueOf(ctx.header("Accept"));
        if (ctx.method().name().equals("GET") && accept.contains("text/html")) {
            ctx.status(401).contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"ru\"><head>"
                    + "<meta charset=\"utf-8\"><title>lokalakt: нужен доступ</title></head><body style=\"font-family:sans-serif;"
                    + "max-width:40em;margin:3em auto\"><h1>Нужна ссылка доступа</h1><p>" + message.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + message.substring(1) + ".</p><p>Ссылка приходит от регионального оператора (методического центра) "
                    + "и открывает сведения только вашей организации.</p></body></html>");
            return;
        }
        error(ctx, 401, message);
    }

    /** The saved profiles' titles, by name: the institution's short name, as the start page lists them. */
    private Map<String, String> titles(List<String> names) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String title = name;
            try {
                ProfileStore.Saved saved = store.read(name);
                Map<String, Object> data = ru.lokalakt.profile.ProfileLoader.ownData(saved.text(), name + ".yaml");
                Object v = data.get("institution") instanceof Map<?, ?> inst
                        ? inst.get("short_name") != null ? inst.get("short_name") : inst.get("full_name") : null;
                if (v instanceof Map<?, ?> m) {
                    v = m.get("nom");
                }
                if (v instanceof String s && !s.isBlank()) {
                    title = s;
                }
            } catch (RuntimeException e) {
                // listed by its file name
            }
            out.put(name, title);
        }
        return out;
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
        Posted posted = profileText(ctx);
        String text = posted.yaml();
        // In office mode a profile is saved under its own id, whoever saves it: the office's ZIP names folders by id.
        if (office != null) {
            text = withId(text, name);
        }
        if (!readable(ctx, text) || office != null && !ownId(ctx, text, name)) {
            return;
        }
        String expected = ctx.header("If-Match");
        expected = expected == null ? ProfileStore.NEW : expected.replace("\"", "").strip();
        ProfileStore.SaveResult result = store.save(name, text, expected, "сохранение", role(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", result.version());
        if (!result.saved()) {
            out.put("error", "профиль «" + name + "» уже изменён в другой вкладке или другим человеком: "
                    + "откройте его заново и внесите правки ещё раз, чтобы не затереть чужие изменения");
            json(ctx, 409, out);
            return;
        }
        ctx.header("ETag", "\"" + result.version() + "\"");
        out.put("name", name);
        json(ctx, 200, out);
    }

    /**
     * A save is a profile first: YAML that reads as a profile's fields (field errors are the user's to fix later),
     * not text that is no YAML, no mapping, or a bomb of aliases — those are refused with 422 and nothing is stored.
     */
    private boolean readable(Context ctx, String text) {
        Map<String, Object> parsed = engine.parse(text);
        if (parsed.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", "не сохранено: это не профиль организации");
            out.put("errors", errors);
            json(ctx, 422, out);
            return false;
        }
        return true;
    }

    /** The profile's text with its {@code id} line saying {@code name} (added at the end when it has none). */
    private static String withId(String text, String name) {
        if (java.util.regex.Pattern.compile("(?m)^id: .*$").matcher(text).find()) {
            return text.replaceFirst("(?m)^id: .*$", java.util.regex.Matcher.quoteReplacement("id: " + name));
        }
        return text + (text.endsWith("\n") ? "" : "\n") + "id: " + name + "\n";
    }

    /**
     * Whether the profile's own {@code id}, as a YAML reader reads it, is the name it is saved under; else 422. The
     * line rewritten may not be the key (a text that hides an «id:» line in a quoted string): the parse decides.
     */
    private static boolean ownId(Context ctx, String text, String name) {
        Object id = ru.lokalakt.profile.ProfileLoader.ownData(text, WebEngine.POSTED).get("id");
        if (name.equals(id)) {
            return true;
        }
        error(ctx, 422, "не сохранено: поле id профиля должно быть «" + name + "» — имя, под которым сохраняется профиль");
        return false;
    }

    /** A first save: the name is the profile's own file name, or one made from its short name, numbered on if taken. */
    private void saveNew(Context ctx) throws IOException {
        Posted posted = profileText(ctx);
        String text = posted.yaml();
        if (!readable(ctx, text)) {
            return;
        }
        Map<String, Object> data = ru.lokalakt.profile.ProfileLoader.ownData(text, WebEngine.POSTED);
        String given = data.get("id") instanceof String id && ProfileStore.validName(id) ? id : null;
        java.util.Set<String> taken = taken(ctx, null);
        Object shortName = data.get("institution") instanceof Map<?, ?> inst ? inst.get("short_name") : null;
        if (shortName instanceof Map<?, ?> m) {
            shortName = m.get("nom");
        }
        String own = who(ctx).institution();
        String base = own != null ? own : given != null ? given
                : WebEngine.suggestId(shortName instanceof String s ? s : null, java.util.Set.of());
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        if (!name.equals(given)) {
            text = withId(text, name);
            if (!readable(ctx, text) || !ownId(ctx, text, name)) {
                return;
            }
        }
        ProfileStore.SaveResult result = store.save(name, text, ProfileStore.NEW, "создание", role(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("version", result.version());
        if (!result.saved()) {
            out.put("error", "профиль «" + name + "» только что сохранён в другой вкладке: сохраните ещё раз");
            json(ctx, 409, out);
            return;
        }
        ctx.header("ETag", "\"" + result.version() + "\"");
        json(ctx, 201, out);
    }

    private Map<String, Object> catalog() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kinds", engine.named("kinds", "kind.name"));
        out.put("regions", engine.named("regions", "region.name"));
        out.put("examples", engine.named("examples", "institution.short_name"));
        out.put("documents", engine.documents());
        List<Map<String, Object>> packages = new java.util.ArrayList<>();
        for (FormSpec.Pack p : FormSpec.packs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("title", p.title());
            m.put("default", p.byDefault());
            m.put("documents", p.documents().stream().map(d -> Map.of("id", d, "title", engine.documentNames().get(d))).toList());
            packages.add(m);
        }
        out.put("packages", packages);
        out.put("formats", List.of("docx", "pdf", "html", "zip"));
        return out;
    }

    private void page(Context ctx) throws IOException, TemplateException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kinds", engine.named("kinds", "kind.name"));
        model.put("regions", byName(engine.named("regions", "region.name")));
        model.put("examples", engine.named("examples", "institution.short_name"));
        model.put("documents", engine.documents());
        model.put("groups", FormSpec.groups());
        model.put("packs", FormSpec.packs());
        model.put("ownRegion", FormSpec.ownRegionFields());
        model.put("person", FormSpec.personFields());
        Map<String, String> labels = new LinkedHashMap<>(FormSpec.optionLabels());
        labels.putAll(OPTION_LABELS);
        model.put("labels", labels);
        model.put("documentNames", engine.documentNames());
        Map<String, Object> spec = new LinkedHashMap<>(FormSpec.forScript());
        spec.put("unverified", engine.unverified());
        model.put("spec", Json.compact(spec));
        Who who = who(ctx);
        if (who.institution() != null) {
            // An institution's page opens its own profile once it is saved.
            Institutions.Institution own = office.registry().get(who.institution());
            model.put("institutionTitle", own == null || own.title().isBlank() ? who.institution() : own.title());
            model.put("own", who.institution());
            if (store.read(who.institution()) != null) {
                model.put("open", who.institution());
            }
        } else if (who.office()) {
            model.put("officeMode", true);
            String open = ctx.queryParam("open");
            if (open != null && ProfileStore.validName(open) && store.read(open) != null) {
                model.put("open", open);
            }
        }
        Template template = pages.getTemplate("page.ftlh");
        StringWriter out = new StringWriter();
        template.process(model, out);
        securityHeaders(ctx);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Names in the order of the Russian alphabet, as a list of 89 regions is read. */
    static Map<String, String> byName(Map<String, String> named) {
        java.text.Collator russian = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ru"));
        Map<String, String> out = new LinkedHashMap<>();
        named.entrySet().stream().sorted((a, b) -> russian.compare(a.getValue(), b.getValue()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The page's words for the schema's values. */
    static final Map<String, String> OPTION_LABELS = Map.ofEntries(
            Map.entry("female", "женский"), Map.entry("male", "мужской"), Map.entry("self", "руководитель оставляет за собой"),
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
