package ru.lokalakt.document;

import java.time.LocalDate;

/**
 * What a document says about itself. The date is the document's own date: renderers use it for every timestamp
 * they must write, so that the same inputs always give the same bytes.
 */
public record Metadata(String title, String subject, String author, LocalDate date, String language) {
}
