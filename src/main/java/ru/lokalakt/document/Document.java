package ru.lokalakt.document;

import java.util.List;

/** The root of the document tree that every renderer walks. */
public record Document(Metadata metadata, PageLayout layout, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(metadata, layout, newBlocks);
    }
}
