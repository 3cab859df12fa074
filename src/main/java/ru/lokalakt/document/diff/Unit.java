package ru.lokalakt.document.diff;

import java.util.List;

/**
 * One numbered piece of a regulation's text, as an amending order names it: the regulation's title, a section's
 * heading, or a clause with its paragraphs (абзацы: the clause's own text, then every list item, nested ones too).
 * {@code level} is the clause level (0 for sections and top clauses), which, with the units before it, gives the
 * number.
 */
public record Unit(Kind kind, int level, List<String> paragraphs) {
    public enum Kind { TITLE, HEADING, CLAUSE }

    public Unit {
        paragraphs = List.copyOf(paragraphs);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
