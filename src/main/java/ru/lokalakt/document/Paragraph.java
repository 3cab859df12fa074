package ru.lokalakt.document;

import java.util.List;

/** A paragraph of one named style. */
public record Paragraph(Style style, List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }
}
