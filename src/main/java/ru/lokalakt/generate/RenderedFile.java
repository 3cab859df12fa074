package ru.lokalakt.generate;

/** One finished output file, still in memory. */
public record RenderedFile(String documentId, String format, String fileName, byte[] bytes) {
}
