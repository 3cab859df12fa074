package ru.lokalakt.document;

/**
 * Two requisites side by side at the top of a page: the consideration mark at the left, the approval stamp at
 * the right. Each keeps its style; its indentation gives way to the column it stands in.
 */
public record Columns(Paragraph left, Paragraph right) implements Block {
    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.columns(this);
    }
}
