package ru.lokalakt.document;

/** A line break inside one paragraph (requisite blocks keep several lines in one paragraph). */
public record LineBreak() implements Inline {
}
