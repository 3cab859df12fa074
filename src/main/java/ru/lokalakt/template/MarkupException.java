package ru.lokalakt.template;

/** Template output that does not describe a document: a template defect, reported with the output line. */
public class MarkupException extends RuntimeException {
    public MarkupException(String message) {
        super(message);
    }
}
