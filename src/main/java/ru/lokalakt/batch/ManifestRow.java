package ru.lokalakt.batch;

/** One line of the manifest: a file written, kept or failed. */
public record ManifestRow(String institution, String source, String document, String format, String path,
                          long size, String sha256, Status status, String error) {
    public enum Status {
        /** Written now: new or changed. */
        WRITTEN,
        /** Already there with the same bytes: not rewritten, its time stamp kept. */
        UNCHANGED,
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
