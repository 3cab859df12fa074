package ru.lokalakt.document;

import java.util.List;

/**
 * The root of the document tree that every renderer walks. {@code qrCode}, when not null, is the text of the QR
 * code requisite (ГОСТ Р 7.0.97-2025) in the bottom right of the first page.
 */
public record Document(Metadata metadata, PageLayout layout, List<Block> blocks, String qrCode) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    public Document(Metadata metadata, PageLayout layout, List<Block> blocks) {
        this(metadata, layout, blocks, null);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(metadata, layout, newBlocks, qrCode);
    }
}
