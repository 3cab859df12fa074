package ru.lokalakt.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Re-zips a package in a fixed entry order with one fixed timestamp: byte-identical output for identical input. */
final class StableZip {
    private StableZip() {
    }

    static byte[] rewrite(byte[] zip, LocalDate date) {
        Map<String, byte[]> entries = new TreeMap<>(Comparator.comparing(StableZip::rank).thenComparing(n -> n));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream zout = new ZipOutputStream(out)) {
                LocalDateTime stamp = date.atStartOfDay();
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry z = new ZipEntry(e.getKey());
                    z.setTimeLocal(stamp);
                    zout.putNextEntry(z);
                    zout.write(e.getValue());
                    zout.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word looks for [Content_Types].xml first; the rest keeps a stable alphabetical order. */
    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.startsWith("_rels/") ? 1 : 2;
    }
}
