package ru.lokalakt.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes clause labels the way Word's multilevel list does: one counter per level; a counter restarts when a
 * higher level advances. Section headings and top-level clauses share level 0, so a document is numbered 1., 1.1.,
 * 1.1.1. without a single number typed anywhere.
 */
public final class ClauseNumbering {
    public static final int MAX_LEVELS = 3;

    private final int[] counters = new int[MAX_LEVELS];

    /** Advances the counter of {@code level} (0-based) and returns the label, e.g. "2.3.". */
    public String next(int level) {
        if (level < 0 || level >= MAX_LEVELS) {
            throw new IllegalArgumentException("clauses nest at most " + MAX_LEVELS + " levels deep");
        }
        counters[level]++;
        for (int i = level + 1; i < MAX_LEVELS; i++) {
            counters[i] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i <= level; i++) {
            label.append(counters[i]).append('.');
        }
        return label.toString();
    }

    /** Numbers from 1 again, as an appendix in the same file does. */
    public void restart() {
        java.util.Arrays.fill(counters, 0);
    }

    /** Labels of every section and clause in document order, as a reader would see them. */
    public static List<String> labels(Document document) {
        List<String> out = new ArrayList<>();
        ClauseNumbering numbering = new ClauseNumbering();
        collect(document.blocks(), 0, numbering, out);
        return out;
    }

    private static void collect(List<Block> blocks, int level, ClauseNumbering numbering, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Section section) {
                out.add(numbering.next(level));
                collect(section.blocks(), level + 1, numbering, out);
            } else if (block instanceof Clause clause) {
                out.add(numbering.next(level));
                collect(clause.blocks(), level + 1, numbering, out);
            } else if (block instanceof PageBreak pageBreak && pageBreak.restartNumbering()) {
                numbering.restart();
            }
        }
    }
}
