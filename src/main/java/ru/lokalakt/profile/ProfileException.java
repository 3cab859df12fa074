package ru.lokalakt.profile;

import java.nio.file.Path;

/** A defect of the input, told as one line: where it is, which field, what is wrong. */
public class ProfileException extends RuntimeException {
    private final transient Path file;

    public ProfileException(Location location, String field, String message) {
        this(location == null ? null : location.file(), format(location, field, message));
    }

    public ProfileException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String format(Location location, String field, String message) {
        String where = location == null ? "" : location + ": ";
        String what = field == null || field.isEmpty() ? "" : "поле «" + field + "»: ";
        return where + what + message;
    }
}
