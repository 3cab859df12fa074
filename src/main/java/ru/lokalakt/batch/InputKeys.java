package ru.lokalakt.batch;

import ru.lokalakt.generate.Generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What an output file is made from, hashed, as build systems key their outputs: the profile and its parents, the
 * templates of the document (imports included), the program itself (its code and the libraries and fonts it
 * renders with) and every option that changes the bytes. Equal keys, equal files.
 */
public final class InputKeys {
    private final String options;
    private final Map<Path, String> fileHashes = new ConcurrentHashMap<>();

    /** {@code options}: every option of the run that changes the output (formats, PDF/A, --set, --model, …). */
    public InputKeys(String options) {
        this.options = options;
    }

    /** The hash of each file, read once per run (parents and templates are shared by all institutions). */
    String file(Path file) {
        return fileHashes.computeIfAbsent(file.toAbsolutePath().normalize(), p -> {
            try {
                return hex(digest().digest(Files.readAllBytes(p)));
            } catch (IOException e) {
                return "missing";
            }
        });
    }

    /** The key of one document of an institution made from {@code profileFiles} with {@code templates}. */
    public String key(List<Path> profileFiles, List<Path> templates, String document) {
        MessageDigest d = digest();
        update(d, "lokalakt-key-1");
        update(d, Program.FINGERPRINT);
        update(d, options);
        update(d, document);
        for (Path p : profileFiles) {
            update(d, p.toString());
            update(d, file(p));
        }
        for (Path t : templates) {
            update(d, t.getFileName().toString());
            update(d, file(t));
        }
        return hex(d.digest());
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The program: its own classes and resources (the jar, or the classes folder when run from the build) and
     * the name and size of every library on the class path, fonts among them. A new build changes it, so an
     * upgrade renders everything again.
     */
    static final class Program {
        static final String FINGERPRINT = compute();

        private static String compute() {
            MessageDigest d = digest();
            try {
                Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    try (Stream<Path> files = Files.walk(code)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            update(d, code.relativize(f).toString());
                            try (InputStream in = Files.newInputStream(f)) {
                                d.update(in.readAllBytes());
                            }
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(code)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            d.update(buffer, 0, n);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | RuntimeException e) {
                update(d, "unknown-code-" + System.nanoTime()); // no fingerprint: never equal, always rendered
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                update(d, p.getFileName() == null ? entry : p.getFileName().toString());
                try {
                    update(d, Files.isRegularFile(p) ? Long.toString(Files.size(p)) : "dir");
                } catch (IOException e) {
                    update(d, "?");
                }
            }
            update(d, System.getProperty("java.version", ""));
            return hex(d.digest());
        }
    }
}
