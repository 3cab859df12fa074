package ru.lokalakt.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides where pages break, by the rules Word applies to the styles our DOCX declares, so that the PDF breaks
 * where Word and LibreOffice break the same document:
 * <ul>
 *   <li>a unit (a line of a paragraph, a table row, a block) fits when its bottom is within the page's text area;
 *   <li>widow and orphan control: a paragraph that is split keeps at least two lines at the bottom of a page and
 *       at least two at the top of the next; a paragraph of two or three lines moves whole;
 *   <li>«keep lines together»: the paragraph moves whole to the next page when it does not fit;
 *   <li>«keep with next»: the paragraph stands on the same page as the start of the next one (its first two lines,
 *       or all of it when it cannot be split); a chain of such paragraphs moves together; a chain longer than a page
 *       is let break;
 *   <li>table rows are never split; a table's header row is repeated at the top of each page it continues on;
 *   <li>space before a paragraph is dropped at the top of a page the text flowed onto, and kept after a page
 *       break, as Word does; space after the last paragraph of a page needs no room.
 * </ul>
 * Heights are in points; the model knows nothing of fonts or PDF: the renderer measures, this class decides.
 */
public final class Paginator {
    /** What an item is: lines of a paragraph, rows of a table, one block that never splits, a note at the page's
     *  foot, a page break. */
    public enum Kind { LINES, ROWS, BLOCK, FOOT, BREAK }

    /**
     * One item of the flow.
     *
     * @param heights   the height of each unit: a line, a row, the block (one unit); empty for a page break
     * @param before    space before the item
     * @param after     space after it
     * @param keepNext  stands on the same page as the start of the next item
     * @param keepLines never split (a block, a row and a foot note never are)
     * @param header    for rows: the height of the header row repeated on each further page (0 for none)
     */
    public record Item(Kind kind, float[] heights, float before, float after, boolean keepNext, boolean keepLines,
                       float header) {
        public static Item lines(float lineHeight, int lines, float before, float after, boolean keepNext,
                                 boolean keepLines) {
            float[] h = new float[lines];
            java.util.Arrays.fill(h, lineHeight);
            return new Item(Kind.LINES, h, before, after, keepNext, keepLines, 0);
        }

        public static Item block(float height, float before, float after, boolean keepNext) {
            return new Item(Kind.BLOCK, new float[]{height}, before, after, keepNext, true, 0);
        }

        public static Item rows(float[] rows, float header, float before, float after, boolean keepNext) {
            return new Item(Kind.ROWS, rows.clone(), before, after, keepNext, false, header);
        }

        public static Item foot(float height) {
            return new Item(Kind.FOOT, new float[]{height}, 0, 0, false, true, 0);
        }

        public static Item pageBreak() {
            return new Item(Kind.BREAK, new float[0], 0, 0, false, false, 0);
        }

        /** The same item, kept on the page of the one after it. */
        public Item keptWithNext() {
            return new Item(kind, heights, before, after, true, keepLines, header);
        }

        int units() {
            return heights.length;
        }

        float height(int from, int to) {
            float h = 0;
            for (int i = from; i < to; i++) {
                h += heights[i];
            }
            return h;
        }

        float total() {
            return height(0, units());
        }
    }

    /** Where a page starts: before unit {@code unit} of item {@code item}; with the space before the item kept
     *  ({@code keepSpace}, after a page break) or dropped. */
    public record Start(int item, int unit, boolean keepSpace) {
    }

    /** The page's text area: its height for page {@code index} (0-based); the first page may be shorter. */
    public interface Pages {
        float height(int index);
    }

    /** Small differences of measure (a few thousandths of a point) must not push a full line off the page. */
    private static final float EPSILON = 0.01f;

    private final List<Item> items;
    private final Pages pages;
    private final List<Start> starts = new ArrayList<>();
    private int page;
    private float y;
    private float limit;
    /** Nothing stands on the page yet. */
    private boolean empty = true;
    /** The page began at a page break (or is the first): the next item keeps its space before. */
    private boolean hard = true;

    private Paginator(List<Item> items, Pages pages) {
        this.items = items;
        this.pages = pages;
        this.limit = pages.height(0);
    }

    /**
     * The pages of {@code items}.
     *
     * @param starts where every page after the first starts
     * @param ends   for each item, how far down its page its last unit ends (with the space after it)
     */
    public record Plan(List<Start> starts, float[] ends) {
    }

    public static Plan paginate(List<Item> items, Pages pages) {
        Paginator p = new Paginator(items, pages);
        float[] ends = new float[items.size()];
        for (int i = 0; i < items.size(); i++) {
            p.item(i);
            ends[i] = p.y;
        }
        return new Plan(List.copyOf(p.starts), ends);
    }

    private void item(int i) {
        Item it = items.get(i);
        switch (it.kind()) {
            case BREAK -> {
                if (!empty) {
                    newPage(i + 1, 0, true);
                }
                hard = true;
            }
            case FOOT -> {
                // Word anchors the note to the paragraph after it, which must stand on the same page.
                Item next = i + 1 < items.size() ? items.get(i + 1) : null;
                float anchor = next == null || next.units() == 0 ? 0 : next.before() + next.heights()[0];
                if (!empty && y + anchor + it.total() > limit + EPSILON) {
                    newPage(i, 0, false);
                }
                // The note stands at the foot of the page; the text above it has what is left.
                limit -= it.total();
                empty = false;
            }
            default -> place(i, it);
        }
    }

    private float before(Item it) {
        return empty && !hard ? 0 : it.before();
    }

    private void place(int i, Item it) {
        if (!empty && (it.keepNext() || it.keepLines())) {
            float chain = chain(i);
            if (y + before(it) + chain > limit + EPSILON && chain <= pages.height(page + 1) + EPSILON) {
                newPage(i, 0, false);
            }
        }
        int unit = 0;
        boolean first = true;
        while (unit < it.units()) {
            float top = y + (first ? before(it) : 0);
            float header = unit > 0 && it.kind() == Kind.ROWS ? it.header() : 0;
            int fit = 0;
            float h = 0;
            while (unit + fit < it.units() && top + header + h + it.heights()[unit + fit] <= limit + EPSILON) {
                h += it.heights()[unit + fit];
                fit++;
            }
            int left = it.units() - unit;
            if (fit < left) {
                fit = allowed(it, unit, fit);
            }
            if (fit == 0) {
                if (empty) {
                    fit = Math.max(1, Math.min(left, fitAnyway(it, unit)));
                } else {
                    newPage(i, unit, false);
                    first = unit == 0;
                    continue;
                }
            }
            y = top + header + it.height(unit, unit + fit);
            empty = false;
            unit += fit;
            first = false;
            if (unit < it.units()) {
                newPage(i, unit, false);
            }
        }
        y += it.after();
    }

    /** On an empty page the item goes there however little of it fits: Word then lets the rules go. */
    private int fitAnyway(Item it, int unit) {
        int n = 0;
        float h = 0;
        while (unit + n < it.units() && (n == 0 || y + h + it.heights()[unit + n] <= limit + EPSILON)) {
            h += it.heights()[unit + n];
            n++;
        }
        return n;
    }

    /**
     * How many of the {@code fit} units that fit may stay on this page when the rest goes to the next, by
     * widow and orphan control and «keep lines together».
     */
    private int allowed(Item it, int unit, int fit) {
        if (it.keepLines()) {
            return 0;
        }
        if (it.kind() == Kind.ROWS) {
            return unit == 0 && it.header() > 0 && fit < 2 ? 0 : fit;   // the header row goes with a row
        }
        if (it.kind() != Kind.LINES) {
            return fit;
        }
        int left = it.units() - unit;
        if (left - fit < 2) {
            fit = left - 2;     // the next page gets at least two lines
        }
        if (unit == 0 && fit < 2) {
            fit = 0;            // a paragraph does not leave its first line alone at the bottom
        }
        return Math.max(fit, 0);
    }

    /**
     * The height that must fit on this page for item {@code i} to stay here: the item whole, and while it keeps
     * with the next, the next item's start — the whole of it, if it keeps with its next in turn or cannot split,
     * else its first two lines (the rest of a paragraph of up to three lines), a row with the header, a block.
     */
    private float chain(int i) {
        float h = 0;
        for (int k = i; k < items.size(); k++) {
            Item it = items.get(k);
            if (it.kind() == Kind.BREAK) {
                return h;
            }
            if (it.kind() == Kind.FOOT) {
                h += it.total();
                continue;
            }
            boolean whole = it.keepLines() || it.keepNext() || k == i;
            h += k == i ? 0 : it.before();
            if (whole) {
                h += it.total();
            } else {
                int n = it.units();
                int units = it.kind() == Kind.LINES ? (n <= 3 ? n : 2)
                        : it.kind() == Kind.ROWS && it.header() > 0 ? Math.min(n, 2) : 1;
                h += it.height(0, units);
            }
            if (!it.keepNext()) {
                return h;
            }
            h += it.after();
        }
        return h;
    }

    private void newPage(int item, int unit, boolean keepSpace) {
        starts.add(new Start(item, unit, keepSpace));
        page++;
        y = 0;
        limit = pages.height(page);
        empty = true;
        hard = keepSpace;
    }
}
