package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.Synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {
    /** The regulation and its order: enough to see what batch does, at a third of the cost of the whole package. */
    private static final String TWO = "sferum/polozhenie,sferum/prikaz";

    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void goodProfilesAreWrittenBrokenOnesReportedAndEveryOneIsInTheManifest() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 6);
        Files.copy(Path.of("src/test/resources/broken/bad-date.yaml"), profiles.resolve("bad-date.yaml"));
        Files.writeString(profiles.resolve("bad-date.yaml"), Files.readString(profiles.resolve("bad-date.yaml"))
                .replace("../../../../profiles/examples/", Examples.PROFILES + "/examples/"));
        Files.writeString(profiles.resolve("kind-like.yaml"), "terms:\n  alias:\n    nom: Школа\n");
        Path out = dir.resolve("out");
        Cli.Result r = run("batch", profiles.toString(), "-o", out.toString(), "--jobs", "2", "--doc", TWO);
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("bad-date.yaml:4:"), r.err());
        for (int i = 1; i <= 6; i++) {
            for (String f : List.of("sferum-polozhenie.docx", "sferum-polozhenie.pdf", "sferum-prikaz.docx", "sferum-prikaz.pdf")) {
                assertTrue(Files.isRegularFile(out.resolve(String.format("inst-%04d", i)).resolve(f)), i + " " + f);
            }
        }
        List<String> csv = Files.readAllLines(out.resolve("manifest.csv"));
        assertTrue(csv.get(0).startsWith("\uFEFFinstitution,source,document,format,path,size,sha256,status,error"));
        assertEquals(1 + 6 * 4 + 2, csv.size(), "a row per file, and a row per document of the broken profile");
        assertEquals(2, csv.stream().filter(l -> l.contains(",failed,")).count());
        assertEquals(24, csv.stream().filter(l -> l.contains(",rendered,")).count());
        String json = Files.readString(out.resolve("manifest.json"));
        assertTrue(json.contains("\"status\": \"failed\"") && json.contains("такой даты нет"));
        assertTrue(r.out().contains("Организаций: 7, готово: 6, с ошибками: 1"), r.out());
    }

    @Test
    void aSecondRunRewritesNothingAndSetChangesTheDate() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 3);
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run("batch", profiles.toString(), "-o", out.toString(), "--format", "docx", "--doc", TWO).code());
        Path prikaz = out.resolve("inst-0001/sferum-prikaz.docx");
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(prikaz, old);
        Cli.Result again = run("batch", profiles.toString(), "-o", out.toString(), "--format", "docx", "--changed-only", "--doc", TWO);
        assertEquals(ExitCode.OK, again.code());
        assertEquals(old, Files.getLastModifiedTime(prikaz), "unchanged bytes are not rewritten");
        assertTrue(again.out().contains("создано заново: 0, без изменений: 6"), again.out());
        assertFalse(again.out().contains(".docx"), "--changed-only lists nothing when nothing changed");

        Cli.Result changed = run("batch", profiles.toString(), "-o", out.toString(), "--format", "docx", "--changed-only", "--doc", TWO,
                "--set", "order.date=2025-09-05", "--set", "order.number=77-од");
        assertEquals(ExitCode.OK, changed.code(), changed.err());
        assertTrue(changed.out().contains("sferum-prikaz.docx"), changed.out());
        String text = DocxReader.text(Files.readAllBytes(prikaz));
        assertTrue(text.contains("05.09.2025") && text.contains("77-од"), text);

        Cli.Result invalid = run("batch", profiles.toString(), "-o", out.toString(), "--set", "order.date=2026-02-30");
        assertEquals(ExitCode.INVALID_INPUT, invalid.code());
        assertTrue(invalid.err().contains("--set order.date:1:1: поле «order.date»: такой даты нет"), invalid.err());
        assertEquals(ExitCode.USAGE, run("batch", profiles.toString(), "--set", "без знака равенства").code());
    }

    /** A profile whose alias leads to itself is one failed institution like any broken one, not a lost one. */
    @Test
    void aCyclicAliasIsAFailedRowAndTheSummaryAddsUp() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 2);
        for (String name : List.of("alias-cycle-block.yaml", "alias-cycle-flow.yaml", "alias-cycle-list.yaml")) {
            Files.writeString(profiles.resolve(name), Files.readString(Path.of("src/test/resources/broken", name))
                    .replace("../../../../profiles/examples/", Examples.PROFILES + "/examples/"));
        }
        Path out = dir.resolve("out");
        Cli.Result r = run("batch", profiles.toString(), "-o", out.toString(), "--jobs", "2", "--format", "docx",
                "--doc", "sferum/prikaz");
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.out().contains("Организаций: 5, готово: 2, с ошибками: 3"), r.out());
        assertEquals(3, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("alias-cycle-block.yaml:4:6: поле «zz»: ссылка-псевдоним «*p» ведёт сама на себя"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error") || r.err().contains("\tat "), r.err());
        List<String> csv = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals(1 + 2 + 3, csv.size(), String.join("\n", csv));
        for (String name : List.of("alias-cycle-block.yaml", "alias-cycle-flow.yaml", "alias-cycle-list.yaml")) {
            assertEquals(1, csv.stream().filter(l -> l.contains(name) && l.contains(",failed,")
                    && l.contains("ведёт сама на себя")).count(), name + " in " + csv);
        }
    }
}
