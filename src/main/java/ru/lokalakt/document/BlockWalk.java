package ru.lokalakt.document;

import java.util.List;

/**
 * A visitor that goes down into sections and clauses and knows the clause level it stands at, the level
 * {@link ClauseNumbering} and Word's multilevel list number by: 0 for sections and top clauses, one more for each
 * nesting.
 *
 * @param <E> the checked exception a visit may throw ({@code RuntimeException} for none)
 */
public abstract class BlockWalk<E extends Exception> implements BlockVisitor<Void, E> {
    private int level;

    protected final int level() {
        return level;
    }

    public final void blocks(List<Block> blocks) throws E {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    /** The blocks inside a section or clause, one level down. */
    protected final void nested(List<Block> blocks) throws E {
        level++;
        blocks(blocks);
        level--;
    }
}
