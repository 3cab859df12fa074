package ru.lokalakt.profile;

import java.nio.file.Path;

/** Where a value was written: file, line and column, 1-based. */
public record Location(Path file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
