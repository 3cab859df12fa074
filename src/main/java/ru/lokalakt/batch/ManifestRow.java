package ru.lokalakt.batch;

import java.util.List;

/**
 * One line of the manifest: a file rendered, kept or failed. {@code key} is the hash of everything the file was
 * made from and {@code inputs} the profile files among that (the profile and its parents): what the next run
 * compares to decide whether the file needs rendering at all.
 */
public record ManifestRow(String institution, String source, String document, String format, String path,
                          long size, String sha256, Status status, String error, String key, List<String> inputs) {
    public enum Status {
        /** Rendered in this run (and written where its bytes changed). */
        RENDERED,
        /** Not rendered: nothing it is made from has changed and the file on disk is the one recorded. */
        UNCHANGED,
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ManifestRow {
        inputs = List.copyOf(inputs);
        key = key == null ? "" : key;
    }

    public ManifestRow(String institution, String source, String document, String format, String path, long size,
                       String sha256, Status status, String error) {
        this(institution, source, document, format, path, size, sha256, status, error, "", List.of());
    }
}
