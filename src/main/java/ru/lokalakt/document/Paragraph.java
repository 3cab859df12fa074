package ru.lokalakt.document;

import java.util.List;

/** A paragraph of one named style. */
public record Paragraph(Style style, List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.paragraph(this);
    }
}
