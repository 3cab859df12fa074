package ru.lokalakt.document;

/**
 * One method per kind of block, as commonmark-java's visitor has one per node: a renderer or a check that does
 * not handle a new kind of block no longer compiles, where a chain of {@code instanceof} would skip it silently.
 *
 * @param <R> what a visit gives back (a rewritten block; {@code Void} for a walk)
 * @param <E> the checked exception a visit may throw ({@code RuntimeException} for none)
 */
public interface BlockVisitor<R, E extends Exception> {
    R paragraph(Paragraph paragraph) throws E;

    R section(Section section) throws E;

    R clause(Clause clause) throws E;

    R bulletList(BulletList list) throws E;

    R splitLine(SplitLine line) throws E;

    R columns(Columns columns) throws E;

    R table(Table table) throws E;

    R bottomNote(BottomNote note) throws E;

    R pageBreak(PageBreak pageBreak) throws E;
}
