package ru.lokalakt.document;

import java.util.List;

/** A simple ruled table: a header row and body rows of plain text; widths are relative. */
public record Table(List<Integer> widths, List<String> header, List<List<String>> rows) implements Block {
    public Table {
        widths = List.copyOf(widths);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E {
        return visitor.table(this);
    }
}
