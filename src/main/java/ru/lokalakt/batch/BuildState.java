package ru.lokalakt.batch;

import ru.lokalakt.generate.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OUT/manifest.keys: the manifest's rows with their keys, inputs and the files' modification times, one per line,
 * tab-separated — what the next run of a batch reads to skip what has not changed. Written after the documents, atomically, like the manifest;
 * a run killed before that leaves the previous state, which the next run checks against the files on disk.
 */
public final class BuildState {
    static final String FILE = "manifest.keys";
    private static final String HEADER = "# lokalakt build state 1";
    private static final char LIST = '\u001f';

    private BuildState() {
    }

    /** A file the previous run recorded, with its modification time then. */
    public record Entry(ManifestRow row, long modified) {
    }

    /** The rows of the previous run by profile file; empty when there is none or it cannot be read. */
    public static Map<String, List<Entry>> read(Path out) {
        Path file = out.resolve(FILE);
        Map<String, List<Entry>> bySource = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return bySource;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return bySource;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (c.length != 10) {
                    return new HashMap<>();
                }
                List<String> inputs = c[8].isEmpty() ? List.of() : Arrays.asList(c[8].split(String.valueOf(LIST)));
                ManifestRow row = new ManifestRow(c[0], c[1], c[2], c[3], c[4], Long.parseLong(c[5]), c[6],
                        ManifestRow.Status.UNCHANGED, null, c[7], inputs);
                bySource.computeIfAbsent(row.source(), k -> new ArrayList<>()).add(new Entry(row, Long.parseLong(c[9])));
            }
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // an unreadable state only costs a full build
        }
        return bySource;
    }

    /** A file's modification time in milliseconds, or -1 if it cannot be read. */
    static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    public static void write(Path out, List<ManifestRow> rows) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (ManifestRow r : rows) {
            if (r.status() == ManifestRow.Status.FAILED || r.key().isEmpty()) {
                continue;
            }
            String[] cells = {r.institution(), r.source(), r.document(), r.format(), r.path(), Long.toString(r.size()),
                    r.sha256(), r.key(), String.join(String.valueOf(LIST), r.inputs()), Long.toString(modified(out.resolve(r.path())))};
            if (Arrays.stream(cells).anyMatch(s -> s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0)) {
                continue; // a name the state file cannot hold: that file is simply rendered next time
            }
            sb.append(String.join("\t", cells)).append('\n');
        }
        OutputWriter.write(out.resolve(FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
