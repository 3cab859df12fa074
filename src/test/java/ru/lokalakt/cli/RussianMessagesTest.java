package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.Examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever goes wrong in a profile or a template, the user reads a few Russian lines: no library's English
 * sentence, no stack trace, at most five lines for one broken file.
 */
class RussianMessagesTest {
    private static final Path PROFILES = Path.of("src/test/resources/broken");
    private static final Path TEMPLATES = Path.of("src/test/resources/broken-templates");
    /** Two Latin words in a row: a sentence, where names and values stand alone or in quotes. */
    private static final Pattern LATIN_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b");

    @TempDir
    Path dir;

    static Stream<String> brokenProfiles() throws IOException {
        try (Stream<Path> files = Files.list(PROFILES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<String> brokenTemplates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftlx"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    /** What is left of a message once file names, commands, quoted values and template expressions are taken out. */
    static String prose(String message) {
        String s = message.replaceAll("(?m)^lokalakt: ", "").replaceAll("\\$\\{[^}]*}", " ")
                .replaceAll("lokalakt( [a-z]+)? --help", " ");
        String previous;
        do {
            previous = s;
            s = s.replaceAll("«[^«»]*»", " ");
        } while (!s.equals(previous));
        return s.replaceAll("\\S*[/\\\\]\\S*", " ").replaceAll("\\S+\\.(yaml|ftlx)\\S*", " ");
    }

    static void assertRussian(String message) {
        assertFalse(message.isBlank(), "something is said");
        assertTrue(message.lines().count() <= 5, "at most 5 lines:\n" + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace:\n" + message);
        var m = LATIN_SENTENCE.matcher(prose(message));
        assertFalse(m.find(), "a Latin-script sentence «" + (m.find(0) ? m.group() : "") + "» in:\n" + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProfiles")
    void aBrokenProfileIsToldInAFewRussianLines(String file) {
        Cli.Result r = Cli.run("generate", PROFILES.resolve(file).toString(), "-o", dir.resolve("o").toString());
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.err());
        assertRussian(r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void aBrokenTemplateIsToldInRussianWithItsLine(String name) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("broken"));
        Files.copy(TEMPLATES.resolve(name + ".ftlx"), templates.resolve("broken/" + name + ".ftlx"));
        Cli.Result r = Cli.run("generate", Examples.profile("litsey-derzhava").toString(), "-o",
                dir.resolve("o").toString(), "--templates", templates.toString(), "--doc", "broken/" + name);
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("broken/" + name + ".ftlx"), "names the template: " + r.err());
        assertTrue(r.err().matches("(?s).*строка \\d+.*"), "names the line: " + r.err());
        assertRussian(r.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
    }

    @Test
    void theDetectorCatchesALibrarysSentence() {
        String english = "lokalakt: a.yaml:1:1: For \".\" left-hand operand: Expected a hash, but this has evaluated to a string";
        assertTrue(LATIN_SENTENCE.matcher(prose(english)).find());
        assertFalse(LATIN_SENTENCE.matcher(prose("lokalakt: x/a.yaml:2:7: поле «kind»: вид «shcool» неизвестен; есть: "
                + "college, kindergarten, school")).find());
    }

    @Test
    void helpAndUsageErrorsAreRussian() {
        for (String command : new String[]{"generate", "batch", "validate", "lint", "list", "init"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertFalse(r.out().contains("Usage") || r.out().contains("Show this help"), r.out());
            assertTrue(r.out().startsWith("Использование: lokalakt " + command), r.out());
        }
        Cli.Result top = Cli.run("--help");
        assertTrue(top.out().contains("Команды:") && top.out().contains("Показать эту справку"), top.out());
        Cli.Result wrong = Cli.run("genrate");
        assertEquals(ExitCode.USAGE, wrong.code());
        assertTrue(wrong.err().contains("Справка: lokalakt --help") && !wrong.err().contains("lokalakt lokalakt"), wrong.err());
        assertRussian(wrong.err());
        Cli.Result option = Cli.run("generate", "--fromat", "pdf", "x.yaml");
        assertTrue(option.err().contains("неизвестный параметр «--fromat»") && option.err().contains("lokalakt generate --help"),
                option.err());
        assertRussian(option.err());
    }
}
