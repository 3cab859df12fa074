package ru.lokalakt.document;

/** Starts a new page. */
public record PageBreak() implements Block {
}
