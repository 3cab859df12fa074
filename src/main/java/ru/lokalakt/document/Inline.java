package ru.lokalakt.document;

/** A piece of running text inside a block. */
public sealed interface Inline permits Text, LineBreak, Blank {
}
