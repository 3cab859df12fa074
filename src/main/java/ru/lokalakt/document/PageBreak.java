package ru.lokalakt.document;

/**
 * Starts a new page. {@code restartNumbering}: the clauses after it are numbered from 1 again — an appendix bound
 * into the same file (a regulation after the order that approves it) keeps its own numbering.
 */
public record PageBreak(boolean restartNumbering) implements Block {
    public PageBreak() {
        this(false);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.pageBreak(this);
    }
}
