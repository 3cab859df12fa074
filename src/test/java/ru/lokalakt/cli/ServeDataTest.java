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

    @Test
    void aFolderOfTheFirstFormatIsMigratedEveryProfileGettingItsHistory() throws Exception {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve(".format"), "1\n");
        Files.writeString(old.resolve("shkola.yaml"), "id: shkola\nkind: school\n");
        ProfileStore store = new ProfileStore(old);
        store.prepare();
        assertEquals("2", Files.readString(old.resolve(".format")).strip());
        assertEquals(1, store.versions("shkola").size());
        assertEquals("id: shkola\nkind: school\n", store.version("shkola", 1));
        assertEquals("перенесён при обновлении папки данных", store.versions("shkola").get(0).action());
        // Run again, nothing more is added; the next save is version 2.
        store.prepare();
        assertEquals(1, store.versions("shkola").size());
        assertTrue(store.save("shkola", "id: shkola\nkind: dou\n", store.read("shkola").version()).saved());
        assertEquals(2, store.versions("shkola").size());
    }

    @Test
    void officeKeyIssuesAKeyAndWithOnlyRevokesTheOthers() throws Exception {
        Path folder = dir.resolve("office");
        Cli.Result first = Cli.run("office-key", "--data", folder.toString());
        assertEquals(ExitCode.OK, first.code(), first.err());
        String key1 = first.out().replaceAll("(?s).*/office\\?key=([A-Za-z0-9_-]{43}).*", "$1");
        Cli.Result second = Cli.run("office-key", "--data", folder.toString(), "--only");
        String key2 = second.out().replaceAll("(?s).*/office\\?key=([A-Za-z0-9_-]{43}).*", "$1");
        assertTrue(second.out().contains("прежних ключей отозвано: 1"), second.out());
        ru.lokalakt.web.Institutions office = ru.lokalakt.web.Institutions.in(folder);
        assertFalse(office.office(key1));
        assertTrue(office.office(key2));
        assertEquals(String.valueOf(ProfileStore.FORMAT), Files.readString(folder.resolve(".format")).strip());
    }
}
