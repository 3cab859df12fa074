package ru.lokalakt.document;

import java.util.List;

/**
 * One line with text at both margins: date and number of an order, position and name in a signature. {@code stamp}:
 * the mark of an electronic signature, framed between them, in the place of a handwritten signature (ГОСТ Р 7.0.97);
 * empty for an ordinary line.
 */
public record SplitLine(Style style, List<Inline> left, List<Inline> stamp, List<Inline> right) implements Block {
    public SplitLine {
        left = List.copyOf(left);
        stamp = stamp == null ? List.of() : List.copyOf(stamp);
        right = List.copyOf(right);
    }

    public SplitLine(Style style, List<Inline> left, List<Inline> right) {
        this(style, left, List.of(), right);
    }

    /** The width of the stamp between the two sides, in mm: wide enough for a certificate's number of 40 digits. */
    public static final double STAMP_WIDTH_MM = 95;

    public boolean stamped() {
        return !stamp.isEmpty();
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.splitLine(this);
    }
}
