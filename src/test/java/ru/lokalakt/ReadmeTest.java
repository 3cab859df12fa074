package ru.lokalakt;

import org.junit.jupiter.api.Test;
import ru.lokalakt.document.Style;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README is the contract for style names and the two commands: it must not drift from the code. */
class ReadmeTest {
    @Test
    void listsEveryStyleAndTheTwoCommands() throws Exception {
        String readme = Files.readString(Examples.ROOT.resolve("README.md"));
        for (Style style : Style.values()) {
            assertTrue(readme.contains("| `" + style.id() + "` |"), "README lacks style " + style.id());
        }
        assertTrue(readme.contains("./lokalakt generate profiles/examples/litsey-derzhava.yaml -o out"));
        String ci = Files.readString(Examples.ROOT.resolve(".ci/run"));
        assertTrue(readme.contains("mvn -B -ntp test") && ci.contains("mvn -B -ntp test"), "CI runs the README's test command");
    }
}
