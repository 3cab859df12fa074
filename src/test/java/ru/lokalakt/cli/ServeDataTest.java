package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.web.ProfileStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's data folder carries its layout's number; a folder of a newer layout is refused before serving. */
class ServeDataTest {
    @TempDir
    Path dir;

    @Test
    void aNewDataFolderIsMarkedAndANewerOneIsRefused() throws Exception {
        Path fresh = dir.resolve("data");
        new ProfileStore(fresh).prepare();
        assertEquals(String.valueOf(ProfileStore.FORMAT), Files.readString(fresh.resolve(".format")).strip());

        Path newer = dir.resolve("newer");
        Files.createDirectories(newer);
        Files.writeString(newer.resolve(".format"), "7\n");
        Cli.Result r = Cli.run("serve", "--data", newer.toString(), "--port", "0");
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("записана более новой версией lokalakt (формат «7»)"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        // A file where the folder should be: the server cannot write there and says so.
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        Cli.Result blocked = Cli.run("serve", "--data", file.toString(), "--port", "0");
        assertEquals(ExitCode.INVALID_INPUT, blocked.code(), blocked.out());
        assertTrue(blocked.err().contains("нельзя записывать"), blocked.err());
    }
}
