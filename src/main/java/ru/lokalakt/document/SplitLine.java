package ru.lokalakt.document;

import java.util.List;

/** One line with text at both margins: date and number of an order, position and name in a signature. */
public record SplitLine(Style style, List<Inline> left, List<Inline> right) implements Block {
    public SplitLine {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.splitLine(this);
    }
}
