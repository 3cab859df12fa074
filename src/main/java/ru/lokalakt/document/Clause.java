package ru.lokalakt.document;

import java.util.List;

/**
 * A numbered clause. Its number is never stored: it follows from the clause's place in the tree (1.1., 1.1.1.)
 * and is computed by {@link ClauseNumbering} or by the word processor's own numbering.
 */
public record Clause(List<Inline> content, List<Block> blocks) implements Block {
    public Clause {
        content = List.copyOf(content);
        blocks = List.copyOf(blocks);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.clause(this);
    }
}
