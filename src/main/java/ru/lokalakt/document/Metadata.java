package ru.lokalakt.document;

import java.time.LocalDate;

/**
 * What a document says about itself. The date is the document's own date: renderers use it for every timestamp
 * they must write, so that the same inputs always give the same bytes. {@code regulation}: a local normative act
 * with numbered clauses, the kind of document an amending order changes.
 */
public record Metadata(String title, String subject, String author, LocalDate date, String language, boolean regulation) {
    /** A document that is not a regulation. */
    public Metadata(String title, String subject, String author, LocalDate date, String language) {
        this(title, subject, author, date, language, false);
    }
}
