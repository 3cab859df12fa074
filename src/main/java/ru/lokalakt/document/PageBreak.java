package ru.lokalakt.document;

/**
 * Starts a new page. {@code restartNumbering}: the clauses after it are numbered from 1 again — an appendix bound
 * into the same file (a regulation after the order that approves it) keeps its own numbering. {@code newSection}:
 * the pages after it carry their own header, {@code runningTitle} (as the document's running title does), or the
 * bare page number when it is null — a regulation bound into its order's file keeps the header it has alone.
 */
public record PageBreak(boolean restartNumbering, boolean newSection, String runningTitle) implements Block {
    public PageBreak() {
        this(false);
    }

    public PageBreak(boolean restartNumbering) {
        this(restartNumbering, false, null);
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.pageBreak(this);
    }
}
