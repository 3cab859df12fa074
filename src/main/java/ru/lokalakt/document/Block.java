package ru.lokalakt.document;

/** A vertical element of a document. */
public sealed interface Block permits Paragraph, Section, Clause, BulletList, SplitLine, Table, PageBreak, Columns,
        BottomNote {
    <R, E extends Exception> R accept(BlockVisitor<R, E> visitor) throws E;
}
