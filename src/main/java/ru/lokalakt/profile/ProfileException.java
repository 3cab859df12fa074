package ru.lokalakt.profile;

/** A defect of the input, told as one line: where it is, which field, what is wrong. */
public class ProfileException extends RuntimeException {
    public ProfileException(Location location, String field, String message) {
        this(format(location, field, message));
    }

    /** A message that already says where (a missing file has no line), or several such lines. */
    public ProfileException(String message) {
        super(message);
    }

    private static String format(Location location, String field, String message) {
        String where = location == null ? "" : location + ": ";
        String what = field == null || field.isEmpty() ? "" : "поле «" + field + "»: ";
        return where + what + message;
    }
}
