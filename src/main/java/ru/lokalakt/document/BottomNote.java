package ru.lokalakt.document;

import java.util.List;

/** A mark at the bottom left of the page where the text ends: the executor of an order (ГОСТ Р 7.0.97). */
public record BottomNote(List<Inline> content) implements Block {
    public BottomNote {
        content = List.copyOf(content);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.bottomNote(this);
    }
}
