package ru.lokalakt.cli;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.Synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch as a separate JVM: what a regional office runs, killed or squeezed. */
class BatchProcessTest {
    @TempDir
    Path dir;

    private Process start(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-Dlokalakt.home=" + Examples.ROOT, "-cp", System.getProperty("java.class.path"),
                "ru.lokalakt.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** The documents in the folder; a running batch renames files as it goes, so a walk that loses one tries again. */
    private static List<Path> documents(Path out) throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (!Files.exists(out)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(out)) {
                return files.filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".pdf")).toList();
            } catch (java.io.UncheckedIOException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfProfiles() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 300);
        Path out = dir.resolve("out");
        Process p = start("-Xmx128m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2",
                "--doc", "sferum/prikaz");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "batch finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertEquals(600, documents(out).size());
    }

    @Test
    void aBatchKilledMidRunLeavesNoTruncatedDocument() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 200);
        Path out = dir.resolve("out");
        Process p = start("-Xmx256m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (documents(out).size() < 40 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "killed mid-run, not after: " + Files.readString(dir.resolve("log.txt")));
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        List<Path> found = documents(out);
        assertTrue(found.size() >= 40 && found.size() < 800, found.size() + " documents");
        for (Path doc : found) {
            byte[] bytes = Files.readAllBytes(doc);
            if (doc.toString().endsWith(".docx")) {
                DocxReader.open(bytes);
            } else {
                new PdfReader(bytes).close();
                assertTrue(new String(bytes, bytes.length - 8, 8, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF"), doc.toString());
            }
        }
        Process again = start("-Xmx256m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2",
                "--format", "docx");
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(dir.resolve("log.txt")));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.map(Path::toString).filter(n -> n.endsWith(".part")).toList(), "no temporary file left");
        }
    }

    @Test
    void aKilledRerunNeverLeavesAManifestThatClaimsAnIncompleteFile() throws Exception {
        Path profiles = dir.resolve("profiles");
        Synthetic.write(profiles, 120);
        Path out = dir.resolve("out");
        Process first = start("-Xmx256m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2",
                "--doc", "sferum/prikaz");
        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("log.txt")));
        long before = Files.getLastModifiedTime(out.resolve("manifest.keys")).toMillis();

        // Another date for all: every file is made again, and the run is killed half-way.
        Process second = start("-Xmx256m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2",
                "--doc", "sferum/prikaz", "--set", "order.date=2025-09-03");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rewritten(out, before) < 30 && second.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(second.isAlive(), "killed mid-run: " + Files.readString(dir.resolve("log.txt")));
        second.destroyForcibly();
        second.waitFor(30, TimeUnit.SECONDS);

        // Every file the manifest names is a complete document; those it names with other bytes are made again.
        List<String> state = Files.readAllLines(out.resolve("manifest.keys"));
        assertEquals(1 + 120 * 2, state.size(), "the previous run's state, whole");
        int stale = 0;
        for (String line : state.subList(1, state.size())) {
            String[] c = line.split("\t");
            byte[] bytes = Files.readAllBytes(out.resolve(c[4]));
            if (c[3].equals("docx")) {
                DocxReader.open(bytes);
            } else {
                new PdfReader(bytes).close();
            }
            stale += sha256(bytes).equals(c[6]) ? 0 : 1;
        }
        assertTrue(stale >= 30, "files rewritten by the killed run: " + stale);

        Process third = start("-Xmx256m", "batch", profiles.toString(), "-o", out.toString(), "--jobs", "2",
                "--doc", "sferum/prikaz", "--set", "order.date=2025-09-03");
        assertTrue(third.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue(), Files.readString(dir.resolve("log.txt")));
        for (String line : Files.readAllLines(out.resolve("manifest.keys")).subList(1, 241)) {
            String[] c = line.split("\t");
            assertEquals(c[6], sha256(Files.readAllBytes(out.resolve(c[4]))), c[4]);
            if (c[3].equals("docx")) {
                assertTrue(DocxReader.text(Files.readAllBytes(out.resolve(c[4]))).contains("03.09.2025"), c[4]);
            }
        }
    }

    /** Documents written since {@code since} (ms). */
    private static long rewritten(Path out, long since) throws Exception {
        long n = 0;
        for (Path p : documents(out)) {
            try {
                n += Files.getLastModifiedTime(p).toMillis() > since ? 1 : 0;
            } catch (java.nio.file.NoSuchFileException e) {
                // renamed meanwhile
            }
        }
        return n;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
