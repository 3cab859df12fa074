package ru.lokalakt.document;

import java.util.List;

/** An unnumbered list; items may carry a nested list. */
public record BulletList(List<Item> items) implements Block {
    /** The marks of the first and the nested level: every renderer shows the same ones. */
    public static final String MARK = "\u2013";
    public static final String NESTED_MARK = "\u2022";

    public BulletList {
        items = List.copyOf(items);
    }

    public record Item(List<Inline> content, List<BulletList> nested) {
        public Item {
            content = List.copyOf(content);
            nested = List.copyOf(nested);
        }
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.bulletList(this);
    }
}
