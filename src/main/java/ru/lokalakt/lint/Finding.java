package ru.lokalakt.lint;

/** One thing wrong in a rendered document, and where: document and clause (or paragraph). */
public record Finding(String document, String where, String message) {
    @Override
    public String toString() {
        return document + ", " + where + ": " + message;
    }
}
