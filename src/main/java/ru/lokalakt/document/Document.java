package ru.lokalakt.document;

import java.util.List;

/** The root of the document tree that every renderer walks. */
public record Document(Metadata metadata, PageLayout layout, List<Block> blocks, Pages pages) {
    /**
     * What pages carry besides the text. {@code qrCode}: the QR code requisite (ГОСТ Р 7.0.97-2025) in the bottom
     * right of page 1; {@code runningTitle}: the short title at the left of the header from page 2, with
     * «страница N из M» at the right instead of the bare page number. Either may be null. {@code firstPageNote}:
     * the lines at the foot of page 1 (ГОСТ Р 7.0.97: the mark «В дело …» stands in the lower field of the first
     * sheet), empty when there are none.
     */
    public record Pages(String qrCode, String runningTitle, List<Inline> firstPageNote) {
        public static final Pages PLAIN = new Pages(null, null);

        public Pages {
            firstPageNote = firstPageNote == null ? List.of() : List.copyOf(firstPageNote);
        }

        public Pages(String qrCode, String runningTitle) {
            this(qrCode, runningTitle, List.of());
        }

        /** The note's lines as plain text, each line one string; empty when there is no note. */
        public List<String> firstPageNoteLines() {
            if (firstPageNote.isEmpty()) {
                return List.of();
            }
            return List.of(Inlines.plainText(firstPageNote).split("\n"));
        }
    }

    public Document {
        blocks = List.copyOf(blocks);
        pages = pages == null ? Pages.PLAIN : pages;
    }

    public Document(Metadata metadata, PageLayout layout, List<Block> blocks) {
        this(metadata, layout, blocks, Pages.PLAIN);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(metadata, layout, newBlocks, pages);
    }

    public String qrCode() {
        return pages.qrCode();
    }
}
