package ru.lokalakt.document;

import java.util.List;

/** A numbered section: its heading takes the first level of the clause numbering (1., 2., ...). */
public record Section(List<Inline> title, List<Block> blocks) implements Block {
    public Section {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.section(this);
    }
}
