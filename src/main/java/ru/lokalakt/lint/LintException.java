package ru.lokalakt.lint;

import java.util.List;
import java.util.stream.Collectors;

/** A document that fails the checks and was therefore not written. */
public class LintException extends RuntimeException {
    private final transient List<Finding> findings;

    public LintException(String profile, List<Finding> findings) {
        super(findings.stream().map(f -> profile + ": " + f + " (документ не записан; --force — записать всё равно)")
                .collect(Collectors.joining("\n")));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
