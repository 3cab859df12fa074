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

    /** SnakeYAML builds a node that contains itself; reading it must end in one line, not in a stack overflow. */
    @Test
    void anAliasThatLeadsToItselfIsOneLineNamingFileLineAndField() throws Exception {
        String[][] cases = {
                {"block.yaml", "id: x\nzz: &p\n  x: *p\n", "3:6", "zz"},
                {"flow.yaml", "id: x\nzz: &p {x: *p}\n", "2:12", "zz"},
                {"list.yaml", "id: x\nzz: &p [1, [2, *p]]\n", "2:16", "zz"},
                {"deep.yaml", "id: x\na:\n  b: &q\n    - c:\n        d: [1, *q]\n", "5:16", "a.b"},
                {"two.yaml", "id: x\nzz: &p\n  y: &r [*p]\n", "3:10", "zz"},
                {"root.yaml", "&top\nid: x\nme: *top\n", "3:5", ""}};
        for (String[] c : cases) {
            Path p = write(c[0], c[1]);
            ProfileException e = assertThrows(ProfileException.class, () -> new ProfileLoader().load(p), c[0]);
            String anchor = c[1].replaceAll("(?s).*?&(\\w+).*", "$1");
            String field = c[3].isEmpty() ? "" : "поле «" + c[3] + "»: ";
            assertEquals(p + ":" + c[2] + ": " + field + "ссылка-псевдоним «*" + anchor + "» ведёт сама на себя",
                    e.getMessage(), c[0]);
        }
        Path fine = write("fine.yaml", "id: x\nbase: &b {number: \"1\"}\nlist: [*b, *b]\n");
        assertEquals(java.util.List.of(java.util.Map.of("number", "1"), java.util.Map.of("number", "1")),
                new ProfileLoader().load(fine).get("list"), "an alias to a finished node is a copy, not a cycle");
    }

    /** Twenty aliases are allowed, but each may double the one before: what they unfold to is bounded too. */
    @Test
    void aliasesOfAliasesUnfoldingPastAnyProfileAreRefused() throws Exception {
        StringBuilder text = new StringBuilder("id: x\nl0: &l0 [" + "1, ".repeat(49) + "1]\n");
        for (int i = 1; i <= 10; i++) {
            text.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        Path p = write("doubling.yaml", text.toString());
        ProfileException e = assertThrows(ProfileException.class, () -> new ProfileLoader().load(p));
        assertTrue(e.getMessage().startsWith(p + ":") && e.getMessage().endsWith(
                "ссылки-псевдонимы (&/*) разворачиваются в слишком большое значение"), e.getMessage());
        Path fewer = write("fewer.yaml", text.toString().replaceAll("(?s)\nl6:.*", "\n"));
        assertEquals(50 * 32, ((java.util.List<?>) new ProfileLoader().load(fewer).get("l5")).stream()
                .mapToInt(ProfileLoaderTest::leaves).sum(), "a few thousand copies are read");
    }

    private static int leaves(Object o) {
        return o instanceof java.util.List<?> l ? l.stream().mapToInt(ProfileLoaderTest::leaves).sum() : 1;
    }
}
