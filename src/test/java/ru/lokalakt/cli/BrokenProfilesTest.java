package ru.lokalakt.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of the broken corpus: exit code 1, a message that names file and line, nothing written. */
class BrokenProfilesTest {
    private static final Path CORPUS = Path.of("src/test/resources/broken");

    @TempDir
    Path out;

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("EXPECTED.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithFileLineAndReason(String file, int line, String reason) throws Exception {
        Cli.Result r = Cli.run("generate", CORPUS.resolve(file).toString(), "-o", out.resolve("o").toString());
        String message = r.err();
        assertEquals(ExitCode.INVALID_INPUT, r.code(), message);
        assertTrue(message.contains(file + ":" + line + ":"), "names " + file + ":" + line + " in: " + message);
        assertTrue(message.contains(reason), "says «" + reason + "» in: " + message);
        assertTrue(message.lines().allMatch(l -> l.startsWith("lokalakt: ")), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        assertFalse(Files.exists(out.resolve("o")), "nothing written");
    }
}
