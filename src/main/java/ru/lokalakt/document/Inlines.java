package ru.lokalakt.document;

import java.util.List;

/** Plain-text views of inline content, for metadata, bookmarks and checks. */
public final class Inlines {
    private Inlines() {
    }

    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                sb.append(t.text());
            } else if (inline instanceof LineBreak) {
                sb.append('\n');
            } else if (inline instanceof Blank b) {
                sb.append(Blank.LINE).append(" (").append(b.hint()).append(')');
            }
        }
        return sb.toString();
    }
}
