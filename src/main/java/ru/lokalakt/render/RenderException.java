package ru.lokalakt.render;

/** A document that cannot be written in a format, said in words a user can act on. */
public class RenderException extends RuntimeException {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
