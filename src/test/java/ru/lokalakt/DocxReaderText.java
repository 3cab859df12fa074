package ru.lokalakt;

import org.docx4j.wml.P;

/** The text of one paragraph as a reader sees it. */
public final class DocxReaderText {
    private DocxReaderText() {
    }

    public static String of(P p) {
        return org.docx4j.TextUtils.getText(p);
    }
}
