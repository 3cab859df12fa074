package ru.lokalakt.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void childWinsInADeepMergeAndLocationsFollow() throws Exception {
        write("kinds/k.yaml", "terms:\n  unit: класс\n  head: директор\nlist: [a, b]\n");
        write("regions/r.yaml", "region:\n  name: Калужская область\nterms:\n  head: заведующий\n");
        Path child = write("i.yaml", "extends: [kinds/k.yaml, regions/r.yaml]\nid: x\nterms:\n  unit: группа\nlist: [c]\n");
        Profile p = new ProfileLoader().load(child);
        assertEquals("группа", p.get("terms.unit"));
        assertEquals("заведующий", p.get("terms.head"));
        assertEquals("Калужская область", p.get("region.name"));
        assertEquals(java.util.List.of("c"), p.get("list"));
        assertEquals(4, p.locationOf("terms.unit").line());
        assertTrue(p.locationOf("terms.head").file().endsWith("regions/r.yaml"));
    }

    /** A batch reads thousands of institutions through one loader: only the parents they share may stay. */
    @Test
    void keepsParentsParsedButNotTheInstitutions() throws Exception {
        write("kinds/k.yaml", "terms:\n  unit: класс\n");
        write("regions/r.yaml", "region:\n  name: Калужская область\n");
        ProfileLoader loader = new ProfileLoader();
        for (int i = 0; i < 50; i++) {
            Path child = write("i" + i + ".yaml", "extends: [kinds/k.yaml, regions/r.yaml]\nid: x" + i + "\n");
            assertEquals("x" + i, loader.load(child).get("id"));
            assertEquals("класс", loader.load(child).get("terms.unit"));
        }
        assertEquals(2, loader.cachedFiles());
    }

    @Test
    void cyclesAndMissingParentsAreErrors() throws Exception {
        write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "extends: a.yaml\n");
        ProfileException cycle = assertThrows(ProfileException.class, () -> new ProfileLoader().load(dir.resolve("a.yaml")));
        assertTrue(cycle.getMessage().contains("цикл"), cycle.getMessage());
        Path orphan = write("c.yaml", "id: c\nextends: nowhere.yaml\n");
        ProfileException missing = assertThrows(ProfileException.class, () -> new ProfileLoader().load(orphan));
        assertTrue(missing.getMessage().contains("c.yaml:2:"), missing.getMessage());
    }

    @Test
    void refusesJavaTagsDuplicatesAndForeignEncodings() throws Exception {
        Path tag = write("t.yaml", "id: x\nv: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        ProfileException t = assertThrows(ProfileException.class, () -> new ProfileLoader().load(tag));
        assertTrue(t.getMessage().contains("t.yaml:2:"), t.getMessage());
        Path dup = write("d.yaml", "id: x\nid: y\n");
        ProfileException d = assertThrows(ProfileException.class, () -> new ProfileLoader().load(dup));
        assertTrue(d.getMessage().contains("повторяется"), d.getMessage());
        Path cp1251 = dir.resolve("w.yaml");
        Files.write(cp1251, "id: школа\n".getBytes(Charset.forName("windows-1251")));
        ProfileException w = assertThrows(ProfileException.class, () -> new ProfileLoader().load(cp1251));
        assertTrue(w.getMessage().contains("UTF-8"), w.getMessage());
        Path list = write("l.yaml", "- a\n- b\n");
        assertThrows(ProfileException.class, () -> new ProfileLoader().load(list));
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, ("\uFEFFid: bom\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("bom", new ProfileLoader().load(bom).id());
    }

    @Test
    void anEmojiAtTheYamlReadersBufferEdgeIsReadNotACrash() throws Exception {
        for (int at = 1018; at <= 1026; at++) {
            String text = "id: x\nnote: \"" + "я".repeat(at - 13) + "\uD83D\uDE00" + "\"\n";
            Path p = write("emoji-" + at + ".yaml", text);
            assertEquals("x", new ProfileLoader().load(p).id(), "emoji at " + at);
        }
    }

    @Test
    void idMustBeASafeFolderName() throws Exception {
        for (String bad : new String[]{"../x", "/etc", "a/b", ".."}) {
            Path p = write("id.yaml", "id: \"" + bad + "\"\n");
            assertThrows(ProfileException.class, () -> new ProfileLoader().load(p).id(), bad);
        }
    }
}
