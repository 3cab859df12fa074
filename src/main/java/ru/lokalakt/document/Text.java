package ru.lokalakt.document;

/** A run of text with one look. */
public record Text(String text, boolean bold, boolean italic) implements Inline {
    public static Text plain(String text) {
        return new Text(text, false, false);
    }

    public Text withText(String newText) {
        return new Text(newText, bold, italic);
    }
}
