package ru.lokalakt.document;

import java.util.List;

/** One line with text at both margins: date and number of an order, position and name in a signature. */
public record SplitLine(Style style, List<Inline> left, List<Inline> right) implements Block {
    public SplitLine {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
