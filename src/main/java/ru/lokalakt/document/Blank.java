package ru.lokalakt.document;

/** A place to fill in by hand in a model document: a line, and under or beside it what belongs there. */
public record Blank(String hint) implements Inline {
    /** Marks a blank inside template text: the reader turns {@code OPEN hint CLOSE} into a {@link Blank}. */
    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';
    public static final String LINE = "________________";

    public static String marker(String hint) {
        return OPEN + hint + CLOSE;
    }

    public static boolean isMarker(String value) {
        return value.indexOf(OPEN) >= 0;
    }
}
