package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.template.TemplateFailure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutates the example profiles thousands of times (fixed seed, so a failure can be replayed): whatever the input,
 * the program answers with a document or with a handled error, and never leaves a partial set of files.
 */
class ProfileFuzzTest {
    private static final int CASES = 5000;
    private static final int CLI_EVERY = 50;

    @TempDir
    Path dir;

    @Test
    void noMutationEscapesAsAnUnhandledErrorOrAPartialOutput() throws Exception {
        Random random = new Random(20240202);
        List<String> sources = new ArrayList<>();
        for (String id : Examples.IDS) {
            sources.add(Files.readString(Examples.profile(id)));
        }
        ProfileLoader loader = new ProfileLoader(Examples.PROFILES);
        Generator generator = Examples.generator();
        int valid = 0;
        int refused = 0;
        int cliRuns = 0;
        for (int i = 0; i < CASES; i++) {
            Path file = dir.resolve("case-" + i + ".yaml");
            // Mutate first and point at the parents afterwards, so that a case does not depend on where the
            // project is checked out.
            byte[] bytes = absoluteParents(mutate(sources.get(random.nextInt(sources.size())), random));
            Files.write(file, bytes);
            try {
                Profile profile = loader.load(file);
                for (String doc : Examples.DOCUMENTS) {
                    Document document = generator.document(profile, doc);
                    if (i % 25 == 0) {
                        new DocxRenderer().render(document);
                        new PdfRenderer(false).render(document);
                    }
                }
                valid++;
            } catch (ProfileException | TemplateFailure | RenderException expected) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + i + " escaped as " + e + "\n" + new String(bytes, StandardCharsets.UTF_8), e);
            }
            if (i % CLI_EVERY == 0) {
                cliRuns++;
                checkCli(file, i);
            }
        }
        System.out.printf("fuzz: %d cases, %d valid, %d refused, %d through the command line%n", CASES, valid, refused, cliRuns);
        assertEquals(CASES, valid + refused);
        assertTrue(valid > CASES / 20 && refused > CASES / 20, "the mutations reach both outcomes: " + valid + " valid, " + refused + " refused");
        assertEquals(CASES / CLI_EVERY, cliRuns);
    }

    /** Through the command line: success writes the whole set, failure writes nothing. */
    private void checkCli(Path profile, int i) throws Exception {
        Path out = dir.resolve("out-" + i);
        PrintStream savedErr = System.err;
        PrintStream savedOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("generate", profile.toString(), "-o", out.toString());
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == ExitCode.OK || code == ExitCode.INVALID_INPUT, "case " + i + ": exit " + code + ": " + message);
        List<Path> written = new ArrayList<>();
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                files.filter(Files::isRegularFile).forEach(written::add);
            }
        }
        if (code == ExitCode.OK) {
            assertEquals(2 * (Examples.DOCUMENTS.size() + Examples.EO_DOCUMENTS.size()), written.size(), "case " + i + ": the whole set");
            assertTrue(written.stream().noneMatch(p -> p.toString().endsWith(".part")));
        } else {
            assertEquals(List.of(), written, "case " + i + ": nothing on failure: " + message);
        }
    }

    private static byte[] absoluteParents(byte[] profile) {
        String text = new String(profile, StandardCharsets.UTF_8);
        if (!text.contains("../kinds/") && !text.contains("../regions/")) {
            return profile;
        }
        return text.replace("../kinds/", Examples.PROFILES + "/kinds/").replace("../regions/", Examples.PROFILES + "/regions/")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] TYPES = {"[1, 2]", "{a: b}", "\"\"", "~", "true", "12", "2024-13-45", "- x"};

    static byte[] mutate(String source, Random random) {
        if (random.nextInt(100) == 0) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            return noise;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(source.split("\n", -1)));
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && !lines.isEmpty(); r++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        lines.set(at, line.substring(0, colon + 2) + TYPES[random.nextInt(TYPES.length)]);
                    }
                }
                case 3 -> {
                    int pos = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + randomText(random) + line.substring(pos));
                }
                case 4 -> {
                    String all = String.join("\n", lines);
                    return all.substring(0, random.nextInt(all.length() + 1)).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> lines.set(at, random.nextBoolean() ? " " + line : line.replaceFirst("^ ", ""));
                case 6 -> lines.set(at, line.replaceAll("\\d", String.valueOf(random.nextInt(10))));
                default -> {
                    int colon = line.indexOf(':');
                    if (colon > 1) {
                        int pos = line.indexOf(line.strip()) + random.nextInt(Math.max(1, colon - line.indexOf(line.strip())));
                        lines.set(at, line.substring(0, pos) + (char) ('a' + random.nextInt(26)) + line.substring(pos + 1));
                    }
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static final String SPECIALS = "<>&\"'${}#@!%*|";

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(6);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x400 + random.nextInt(0x60);
                case 2 -> 0x1F600 + random.nextInt(0x50);
                case 3 -> 0x0590 + random.nextInt(0x100);
                case 4 -> SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                default -> 0x20 + random.nextInt(0x5F);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
