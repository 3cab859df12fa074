package ru.lokalakt.profile;

import java.io.Reader;

/**
 * Text for SnakeYAML in chunks that never end between the two halves of a surrogate pair: its reader reads one
 * character past its buffer when a chunk ends on a high surrogate (an emoji at position 1023 is enough).
 */
final class SurrogateSafeReader extends Reader {
    private final String text;
    private int position;

    SurrogateSafeReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        if (n > 1 && Character.isHighSurrogate(text.charAt(position + n - 1))) {
            n--;
        }
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
    }
}
