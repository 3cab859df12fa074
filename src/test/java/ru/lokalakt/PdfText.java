package ru.lokalakt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a PDF shows, read back with Apache PDFBox: page count, the text of a page in reading order, words with
 * their boxes, and a page as an image. Coordinates are in points from the top left corner of the page.
 */
public final class PdfText {
    private PdfText() {
    }

    /**
     * A word and its box: x from the left edge, y (top) and yMax (the baseline) from the top edge; its type size,
     * and bold when its font is.
     */
    public record Word(int page, double x, double y, double xMax, double yMax, String text, double size,
                       boolean bold) {
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of pages {@code from}..{@code to} (1-based) in reading order: the words of a line joined by spaces,
     * lines by line breaks.
     */
    public static String text(byte[] pdf, int from, int to) {
        StringBuilder out = new StringBuilder();
        Word previous = null;
        for (Word w : words(pdf)) {
            if (w.page() < from || w.page() > to) {
                continue;
            }
            if (previous != null) {
                out.append(previous.page() == w.page() && Math.abs(previous.yMax() - w.yMax()) < 1 ? " " : "\n");
            }
            out.append(w.text());
            previous = w;
        }
        return out.toString();
    }

    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /**
     * Every word of the document in reading order per page. A word ends at a line end or where the next glyph
     * stands apart by more than 0.15 of the font size (a space is 0.25 em in this font, ordinary or non-breaking);
     * the extractor's own guesses at word gaps are not used.
     */
    public static List<Word> words(byte[] pdf) {
        List<Word> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final List<TextPosition> word = new ArrayList<>();

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String u = p.getUnicode();
                        if (u.isBlank() || u.equals("\u00A0")) {
                            // A space glyph is seen through the gap it leaves: sorting by position can bring the
                            // space of a neighbouring line into this one.
                            continue;
                        }
                        if (!word.isEmpty()) {
                            TextPosition last = word.get(word.size() - 1);
                            double gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                            if (gap > p.getFontSizeInPt() * 0.15 || gap < -1 || Math.abs(p.getYDirAdj() - last.getYDirAdj()) > 1) {
                                flush();
                            }
                        }
                        word.add(p);
                    }
                }

                @Override
                protected void writeLineSeparator() {
                    flush();
                }

                @Override
                protected void writePageEnd() {
                    flush();
                }

                private void flush() {
                    if (word.isEmpty()) {
                        return;
                    }
                    StringBuilder text = new StringBuilder();
                    double x = Double.MAX_VALUE, y = Double.MAX_VALUE, xMax = 0, yMax = 0;
                    for (TextPosition p : word) {
                        text.append(p.getUnicode());
                        x = Math.min(x, p.getXDirAdj());
                        xMax = Math.max(xMax, p.getXDirAdj() + p.getWidthDirAdj());
                        y = Math.min(y, p.getYDirAdj() - p.getHeightDir());
                        yMax = Math.max(yMax, p.getYDirAdj());
                    }
                    String font = word.get(0).getFont().getName();
                    out.add(new Word(getCurrentPageNo(), x, y, xMax, yMax, text.toString(),
                            word.get(0).getFontSizeInPt(), font != null && font.contains("Bold")));
                    word.clear();
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Page {@code page} (1-based) as an RGB image at {@code dpi}. */
    public static BufferedImage image(byte[] pdf, int page, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
