package ru.lokalakt.batch;

import ru.lokalakt.generate.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** OUT/manifest.json and OUT/manifest.csv (UTF-8 with BOM, which Excel needs to read Cyrillic). */
public final class Manifest {
    private static final String[] COLUMNS = {"institution", "source", "document", "format", "path", "size", "sha256",
            "status", "error", "key"};

    private Manifest() {
    }

    public static void write(Path out, List<ManifestRow> rows) throws IOException {
        // When every profile failed, nothing else has made the folder: the manifest is then all there is to read.
        java.nio.file.Files.createDirectories(out);
        List<ManifestRow> sorted = rows.stream()
                .sorted(Comparator.comparing(ManifestRow::source).thenComparing(ManifestRow::document)
                        .thenComparing(ManifestRow::format))
                .toList();
        OutputWriter.write(out.resolve("manifest.json"), json(sorted).getBytes(StandardCharsets.UTF_8));
        OutputWriter.write(out.resolve("manifest.csv"), csv(sorted).getBytes(StandardCharsets.UTF_8));
    }

    static String json(List<ManifestRow> rows) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            ManifestRow r = rows.get(i);
            Object[] values = values(r);
            sb.append("  {");
            for (int c = 0; c < COLUMNS.length; c++) {
                sb.append(c == 0 ? "" : ", ").append('"').append(COLUMNS[c]).append("\": ");
                Object v = values[c];
                if (v == null) {
                    sb.append("null");
                } else if (v instanceof Long n) {
                    sb.append(n);
                } else {
                    sb.append(ru.lokalakt.profile.Json.quote(v.toString()));
                }
            }
            sb.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        return sb.append("]\n").toString();
    }

    static String csv(List<ManifestRow> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (ManifestRow r : rows) {
            Object[] values = values(r);
            for (int c = 0; c < values.length; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                String v = values[c] == null ? "" : values[c].toString();
                sb.append(plain(v) ? v : '"' + v.replace("\"", "\"\"") + '"');
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** A CSV value that needs no quotes: no quote, comma or line break. */
    private static boolean plain(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"' || ch == ',' || ch == '\r' || ch == '\n') {
                return false;
            }
        }
        return true;
    }

    private static Object[] values(ManifestRow r) {
        return new Object[]{r.institution(), r.source(), r.document(), r.format(), r.path(),
                r.status() == ManifestRow.Status.FAILED ? null : r.size(), r.sha256(), r.status().label(), r.error(),
                r.key().isEmpty() ? null : r.key()};
    }

}
