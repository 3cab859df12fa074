package ru.lokalakt.profile;

import java.util.List;

/** A defect of the input, told as one line each: where it is, which field, what is wrong. */
public class ProfileException extends RuntimeException {
    /** One problem: where (null when no line can be named, as for a missing file), which field (or null), what. */
    public record Issue(Location location, String field, String message) {
        /** A value or key quoted from the input may hold a line break or a control character: shown, not obeyed. */
        public Issue {
            field = oneLine(field);
            message = oneLine(message);
        }

        private static String oneLine(String text) {
            if (text == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    out.append('↵');
                } else if (cp == '\t') {
                    out.append(' ');
                } else if (Character.getType(cp) == Character.CONTROL) {
                    out.append('\uFFFD');
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        /** «file:line:column: поле «field»: message», as the command line prints it. */
        public String line() {
            String where = location == null ? "" : location + ": ";
            String what = field == null || field.isEmpty() ? "" : "поле «" + field + "»: ";
            return where + what + message;
        }
    }

    private final transient List<Issue> issues;

    public ProfileException(Location location, String field, String message) {
        this(List.of(new Issue(location, field, message)));
    }

    /** A message that already says where (a missing file has no line). */
    public ProfileException(String message) {
        this(List.of(new Issue(null, null, message)));
    }

    /** Several problems found at once, a line each. */
    public ProfileException(List<Issue> issues) {
        super(String.join("\n", issues.stream().map(Issue::line).toList()));
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
