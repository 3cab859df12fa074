package ru.lokalakt.render;

import ru.lokalakt.document.Document;

/** Writes a document tree in one file format. */
public interface Renderer {
    /** File name extension without the dot: "docx", "pdf". */
    String extension();

    byte[] render(Document document);
}
