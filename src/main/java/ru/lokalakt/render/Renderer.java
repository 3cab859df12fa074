package ru.lokalakt.render;

import ru.lokalakt.document.Document;

/** Writes a document tree in one file format. */
public interface Renderer {
    /** File name extension without the dot: "docx", "pdf". */
    String extension();

    byte[] render(Document document);

    /**
     * Loads what rendering needs before the first document, so that a caller can have it done on a spare core
     * while it reads profiles and templates. Safe to skip: render() loads the same on first use.
     */
    default void prepare() {
    }

    /** True when {@link #prepare()} takes long in a fresh JVM: such renderers go last, so it can finish meanwhile. */
    default boolean slowToPrepare() {
        return false;
    }
}
