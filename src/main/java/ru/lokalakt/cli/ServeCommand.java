package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.web.ProfileStore;
import ru.lokalakt.web.WebEngine;
import ru.lokalakt.web.WebServer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Запускает страницу для заполнения сведений и скачивания документов и HTTP API рядом с ней.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "ПОРТ", description = "порт (по умолчанию 8080; 0 — любой свободный)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "АДРЕС", description = "адрес (по умолчанию 127.0.0.1 — только этот компьютер)")
    String host = "127.0.0.1";

    @Option(names = "--data", paramLabel = "ПАПКА", description = "где хранить сохранённые профили (по умолчанию lokalakt-data)")
    Path data = Path.of("lokalakt-data");

    @Option(names = "--token", paramLabel = "КЛЮЧ", description = "ключ доступа, когда адрес не 127.0.0.1 (по умолчанию создаётся)")
    String token;

    @Option(names = "--office", description = "режим регионального офиса: ключ офиса и своя ссылка доступа каждой организации")
    boolean officeMode;

    @Option(names = "--new-office-key", description = "с --office: выдать ещё один ключ офиса (прежние действуют)")
    boolean newOfficeKey;

    @Option(names = "--public-name", paramLabel = "ИМЯ", split = ",",
            description = "имя сайта, под которым сервер открыт через nginx (lokalakt.example.ru); можно несколько")
    java.util.List<String> publicNames = new java.util.ArrayList<>();

    @Option(names = "--templates", paramLabel = "ПАПКА", description = "свои пакеты документов и шаблоны (ищутся раньше встроенных)")
    Path templates;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("lokalakt: порт должен быть от 0 до 65535");
            return ExitCode.USAGE;
        }
        if (newOfficeKey && !officeMode) {
            err.println("lokalakt: --new-office-key — только вместе с --office");
            return ExitCode.USAGE;
        }
        boolean local = WebServer.loopback(host);
        String key = officeMode || local ? null : token != null ? token : WebServer.newToken();
        java.util.List<Path> roots = templates == null ? java.util.List.of(Home.templates())
                : java.util.List.of(templates.toAbsolutePath().normalize(), Home.templates());
        WebEngine engine = new WebEngine(Home.profiles(), roots);
        ru.lokalakt.profile.Catalog.activate(ru.lokalakt.profile.Catalog.of(roots));
        ProfileStore store = new ProfileStore(data);
        try {
            store.prepare();
        } catch (java.io.IOException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        ru.lokalakt.web.Institutions institutions = null;
        String officeKey = null;
        if (officeMode) {
            try {
                institutions = ru.lokalakt.web.Institutions.in(data);
                if (!institutions.hasOfficeKeys() || newOfficeKey) {
                    officeKey = institutions.newOfficeKey();
                }
            } catch (java.io.IOException e) {
                err.println("lokalakt: сведения офиса в " + data.toAbsolutePath().normalize() + " не прочитаны: " + e.getMessage());
                return ExitCode.INVALID_INPUT;
            }
        }
        WebServer server;
        try {
            server = new WebServer(engine, store, host, port, key, institutions, publicNames);
        } catch (RuntimeException e) {
            err.println("lokalakt: сервер не запустился на " + host + ":" + port + " (порт занят или адрес недоступен)");
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lokalakt-stop"));
        String link = officeMode ? "/office" + (officeKey == null ? "" : "?key=" + officeKey)
                : "/" + (key == null ? "" : "?token=" + key);
        java.util.List<String> shown = new java.util.ArrayList<>();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            // Every address: the machine's own, as another computer reaches it (0.0.0.0 is no address to open).
            for (java.net.InetAddress a : WebServer.addresses()) {
                String h = a.getHostAddress().replaceAll("%.*$", "");
                shown.add(h.contains(":") ? "[" + h + "]" : h);
            }
            shown.add("127.0.0.1");
        } else {
            shown.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        }
        out.println("lokalakt: " + (officeMode ? "кабинет офиса" : "страница") + " открыт" + (officeMode ? "" : "а")
                + " по адрес" + (shown.size() == 1 ? "у " : "ам:"));
        for (String h : shown) {
            out.println("  http://" + h + ":" + server.port() + link);
        }
        if (key != null) {
            out.println("lokalakt: адрес доступен не только с этого компьютера; ключ доступа: " + key);
        }
        if (officeMode) {
            out.println(officeKey != null
                    ? "lokalakt: ключ офиса показан один раз (хранится только его хеш): сохраните ссылку выше"
                    : "lokalakt: ключ офиса выдан ранее; новый — lokalakt serve --office --new-office-key");
            out.println("lokalakt: организации входят по своим ссылкам, которые выдаёт кабинет офиса");
        }
        out.println("lokalakt: профили сохраняются в " + data.toAbsolutePath().normalize() + "; остановить — Ctrl+C");
        out.flush();
        engine.warmUp();
        stopped.await();
        return ExitCode.OK;
    }
}
