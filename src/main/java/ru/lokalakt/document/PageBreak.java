package ru.lokalakt.document;

/** Starts a new page. */
public record PageBreak() implements Block {
    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.pageBreak(this);
    }
}
