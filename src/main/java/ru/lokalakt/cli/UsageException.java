package ru.lokalakt.cli;

/** A command line that names something that does not exist. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
