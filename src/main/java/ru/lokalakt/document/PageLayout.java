package ru.lokalakt.document;

/** A4 page geometry and the base font size; margins in millimetres. */
public record PageLayout(int fontSizePt, double marginTopMm, double marginRightMm, double marginBottomMm,
                         double marginLeftMm) {

    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;
    public static final double FIRST_LINE_INDENT_MM = 12.5;
    /** Header and footer stand this far from the top and bottom edges of the page. */
    public static final double HEADER_FOOTER_DISTANCE_MM = 10;
    /** The running header's type: smaller than the text, as the college's documents have it. */
    public static final int RUNNING_HEADER_PT = 10;
    /** The hint beside a blank of a model document. */
    public static final int BLANK_HINT_PT = 9;
    /** A table cell's text stands this far from the cell's left and right edges (Word's 108 twips). */
    public static final double CELL_MARGIN_MM = 1.905;

    public PageLayout {
        if (fontSizePt < 12 || fontSizePt > 14) {
            throw new IllegalArgumentException("font size must be 12, 13 or 14 pt: " + fontSizePt);
        }
    }

    /** ГОСТ Р 7.0.97 asks for at least 20/10/20/20 mm (left/right/top/bottom); 30 mm on the left leaves room to bind. */
    public static PageLayout standard(int fontSizePt) {
        return new PageLayout(fontSizePt, 20, 15, 20, 30);
    }

    public double textWidthMm() {
        return A4_WIDTH_MM - marginLeftMm - marginRightMm;
    }
}
