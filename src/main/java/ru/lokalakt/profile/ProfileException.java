package ru.lokalakt.profile;

import java.util.List;

/** A defect of the input, told as one line each: where it is, which field, what is wrong. */
public class ProfileException extends RuntimeException {
    /** One problem: where (null when no line can be named, as for a missing file), which field (or null), what. */
    public record Issue(Location location, String field, String message) {
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
