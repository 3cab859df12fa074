package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.web.Institutions;
import ru.lokalakt.web.ProfileStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code lokalakt office-key}: a new key of the office in a server's data folder, beside a running
 * {@code serve --office} (it reads the keys' file again when it changes) or before its first start.
 */
@Command(name = "office-key", mixinStandardHelpOptions = true,
        description = "Выдаёт новый ключ офиса для lokalakt serve --office (работающий сервер примет его сразу).")
final class OfficeKeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "ПАПКА", description = "папка данных сервера (по умолчанию lokalakt-data)")
    Path data = Path.of("lokalakt-data");

    @Option(names = "--only", description = "прежние ключи офиса перестают действовать (ключ потерян или унесён)")
    boolean only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            new ProfileStore(data).prepare();
            Institutions office = Institutions.in(data);
            String key = office.newOfficeKey();
            int revoked = only ? office.revokeOfficeKeysBut(key) : 0;
            out.println("lokalakt: новый ключ офиса (показан один раз, хранится только его хеш):");
            out.println("  /office?key=" + key + "   — допишите к адресу сайта: https://ваш-сайт/office?key=…");
            if (only) {
                out.println("lokalakt: прежних ключей отозвано: " + revoked);
            }
            out.flush();
            return ExitCode.OK;
        } catch (java.io.IOException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
    }
}
