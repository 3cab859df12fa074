package ru.lokalakt.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data folder of a server killed with SIGKILL in the middle of saving, again and again: the profile is always
 * one whole save, every version the index lists is whole and is the text it names, and the next run goes on.
 */
class SaveKillTest {
    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesThePreviousOrTheNewVersionWhole() throws Exception {
        Path data = dir.resolve("data");
        java.util.Random random = new java.util.Random(7);
        int lastSeen = 0;
        for (int round = 0; round < 6; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), data.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            Thread.sleep(150 + random.nextInt(400));
            assertTrue(p.isAlive(), "still saving when killed");
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, p.exitValue(), "killed by SIGKILL");

            ProfileStore store = new ProfileStore(data);
            String text = store.read("p").text();
            int n = Integer.parseInt(text.replaceAll("(?s).*\nend: (\\d+)\n$", "$1"));
            assertEquals(SaveLoop.text(n), text, "round " + round + ": the profile is one whole save");
            assertTrue(n > lastSeen, "round " + round + " saved on: " + n + " after " + lastSeen);
            lastSeen = n;
            List<ProfileStore.Version> versions = store.versions("p");
            assertTrue(versions.size() >= n, versions.size() + " versions for " + n + " saves");
            for (ProfileStore.Version v : versions) {
                String kept = store.version("p", v.number());
                assertEquals(v.version(), ProfileStore.version(kept), "version " + v.number() + " is the text its line names");
                assertTrue(kept.equals(SaveLoop.text(Integer.parseInt(kept.replaceAll("(?s).*\nend: (\\d+)\n$", "$1")))),
                        "version " + v.number() + " is whole");
            }
            // The version is kept before the profile is written: the newest one listed is the profile, or the one
            // the kill kept from becoming it, with the profile just before it.
            String current = store.read("p").version();
            int last = versions.size() - 1;
            assertTrue(versions.get(last).version().equals(current)
                            || last > 0 && versions.get(last - 1).version().equals(current),
                    "round " + round + ": the profile is the newest version or the one before it");
            for (String line : Files.readAllLines(data.resolve("audit.tsv"))) {
                assertEquals(5, line.split("\t", -1).length, "an audit line is whole: " + line);
            }
        }
        assertTrue(lastSeen > 20, "saves happened: " + lastSeen);
    }
}
