package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    @TempDir
    Path out;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void generatesBothDocumentsIntoTheInstitutionsFolder() {
        Cli.Result r = run("generate", Examples.profile("ktis").toString(), "-o", out.toString(), "--format", "docx");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("ktis/sferum-polozhenie.docx")));
        assertTrue(Files.isRegularFile(out.resolve("ktis/sferum-prikaz.docx")));
    }

    @Test
    void onlyTheChosenDocument() {
        Cli.Result r = run("generate", Examples.profile("ktis").toString(), "-o", out.toString(), "--format", "docx",
                "--doc", "sferum/prikaz");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("ktis/sferum-polozhenie.docx")));
        assertTrue(Files.exists(out.resolve("ktis/sferum-prikaz.docx")));
    }

    @Test
    void aBrokenProfileIsOneLineNamingFileLineAndFieldAndWritesNothing() throws Exception {
        Path bad = out.resolve("bad.yaml");
        Files.writeString(bad, "extends: " + Examples.profile("ktis") + "\nid: bad\norder:\n  date: 2024-02-30\n");
        Cli.Result r = run("generate", bad.toString(), "-o", out.resolve("o").toString(), "--format", "docx");
        assertEquals(ExitCode.INVALID_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.yaml:4:"), r.err());
        assertTrue(r.err().contains("order.date"), r.err());
        assertFalse(Files.exists(out.resolve("o")));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("generate").code());
        assertEquals(ExitCode.USAGE, run("generate", Examples.profile("ktis").toString(), "--format", "odt",
                "-o", out.toString()).code());
        assertEquals(ExitCode.USAGE, run("generate", Examples.profile("ktis").toString(), "--doc", "nope",
                "-o", out.toString()).code());
    }
}
