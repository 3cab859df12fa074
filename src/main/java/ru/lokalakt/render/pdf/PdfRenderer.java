package ru.lokalakt.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import ru.lokalakt.render.pdf.layout.LineBreaker;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ru.lokalakt.document.BlockWalk;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.LineBreak;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageBreak;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Table;
import ru.lokalakt.document.Text;
import ru.lokalakt.render.QrCode;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.render.Renderer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/**
 * PDF through OpenPDF, laid out from the same style table as the DOCX: A4, the same margins, sizes, indents and
 * spacing; clause labels from {@link ClauseNumbering}; page numbers centred in the top margin from page 2;
 * bookmarks for sections. Timestamps are the document's date and the file ID is a digest of the document, so the
 * same document gives the same bytes.
 */
public final class PdfRenderer implements Renderer {
    /** Word's "single" line spacing for Times New Roman is about 1.15 of the font size. */
    static final float LEADING = 1.15f;
    private static final java.awt.color.ICC_Profile SRGB =
            java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB);

    private final boolean pdfA;

    /** PDF/A-1b costs an XMP packet and an ICC profile (about 3 KB): archives want it, so it is the default. */
    public PdfRenderer() {
        this(true);
    }

    public PdfRenderer(boolean pdfA) {
        this.pdfA = pdfA;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(Document document) {
        GlyphCheck.requireGlyphs(document);
        PageLayout layout = document.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        // A QR code stands in the first page's footer; like Word, the first page's text makes room for it.
        double firstBottomMm = document.qrCode() == null ? layout.marginBottomMm()
                : Math.max(layout.marginBottomMm(), PageLayout.HEADER_FOOTER_DISTANCE_MM + QrCode.SIZE_MM + 1);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4,
                pt(layout.marginLeftMm()), pt(layout.marginRightMm()), pt(layout.marginTopMm()), pt(firstBottomMm));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            // Word justifies by widening the spaces only; letters spread apart would look like another document.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            PdfFonts fonts = PdfFonts.forDocument();
            writer.setPageEvent(new PageEvents(fonts.regular, layout,
                    document.qrCode() == null ? null : QrCode.of(document.qrCode()), document.pages().runningTitle()));
            if (pdfA) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
                writer.setPdfVersion(PdfWriter.VERSION_1_4);
            }
            info(pdf, writer, document.metadata());
            pdf.open();
            if (pdfA) {
                writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            }
            new Layout(pdf, writer, fonts, layout).blocks(document.blocks());
            if (pdfA) {
                writer.createXmpMetadata();
            }
            pdf.close();
            return out.toByteArray();
        } catch (DocumentException | java.io.IOException e) {
            throw new RenderException("не удалось собрать PDF: " + e.getMessage(), e);
        }
    }

    private static void info(com.lowagie.text.Document pdf, PdfWriter writer, Metadata meta) {
        pdf.addTitle(meta.title());
        pdf.addAuthor(meta.author());
        if (meta.subject() != null) {
            pdf.addSubject(meta.subject());
        }
        pdf.addCreator("lokalakt");
        writer.getExtraCatalog().put(PdfName.LANG, new com.lowagie.text.pdf.PdfString(meta.language()));
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.FILEID, fileId(meta));
    }

    /** The file identifier: a digest of what identifies the document, the same on every run. */
    private static com.lowagie.text.pdf.PdfObject fileId(Metadata meta) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(
                    (meta.title() + "\n" + meta.author() + "\n" + meta.subject() + "\n" + meta.date())
                            .getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return new com.lowagie.text.pdf.PdfLiteral("[<" + hex + "><" + hex + ">]");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static float pt(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    /** Walks the tree the way the DOCX renderer does. */
    private static final class Layout extends BlockWalk<DocumentException> {
        private final com.lowagie.text.Document pdf;
        private final PdfWriter writer;
        private final PdfFonts fonts;
        private final PageLayout layout;
        private final ClauseNumbering numbering = new ClauseNumbering();

        Layout(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts, PageLayout layout) {
            this.pdf = pdf;
            this.writer = writer;
            this.fonts = fonts;
            this.layout = layout;
        }

        @Override
        public Void paragraph(Paragraph p) throws DocumentException {
            if (p.style().framed()) {
                pdf.add(framed(p));
            } else {
                add(p.style(), null, p.content());
            }
            return null;
        }

        @Override
        public Void section(Section s) throws DocumentException {
            String label = numbering.next(level());
            com.lowagie.text.Paragraph heading = paragraph(Style.HEADING, label, s.title());
            bookmark(label + " " + Inlines.plainText(s.title()), heading);
            pdf.add(heading);
            nested(s.blocks());
            return null;
        }

        @Override
        public Void clause(Clause c) throws DocumentException {
            add(Style.CLAUSE, numbering.next(level()), c.content());
            nested(c.blocks());
            return null;
        }

        @Override
        public Void bulletList(BulletList l) throws DocumentException {
            list(l, 0);
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            pdf.newPage();
            if (pageBreak.restartNumbering()) {
                numbering.restart();
            }
            return null;
        }

        private void bookmark(String title, com.lowagie.text.Paragraph heading) {
            // The destination is where the heading will start: the current line, less the space before it.
            float y = writer.getVerticalPosition(false) - heading.getSpacingBefore() + heading.getTotalLeading();
            new PdfOutline(writer.getDirectContent().getRootOutline(),
                    new PdfDestination(PdfDestination.XYZ, 0, y, 0), title, true);
        }

        private void list(BulletList list, int depth) throws DocumentException {
            for (BulletList.Item item : list.items()) {
                Style style = depth == 0 ? Style.BULLET : Style.BULLET_NESTED;
                String mark = depth == 0 ? BulletList.MARK : BulletList.NESTED_MARK;
                add(style, mark, item.content());
                for (BulletList nested : item.nested()) {
                    list(nested, depth + 1);
                }
            }
        }

        /**
         * Adds a paragraph. A justified one is set line by line: {@link LineBreaker} finds the lines, each full line
         * is justified on its own (only its spaces widen), and the last line, like any line that ends in a forced
         * break, keeps natural spaces, as Word sets it. OpenPDF alone would give the last line the spacing of the
         * line before it. Any other paragraph OpenPDF lays out itself.
         */
        private void add(Style style, String label, List<Inline> content) throws DocumentException {
            if (style.align() != Style.Align.JUSTIFY || content.isEmpty()) {
                pdf.add(paragraph(style, label, content));
                return;
            }
            float size = style.sizePt(layout);
            List<LineBreaker.Run<Font>> runs = new ArrayList<>();
            if (label != null) {
                runs.add(run(label + " ", font(style.bold(), false, size)));
            }
            for (Inline inline : content) {
                if (inline instanceof Text t) {
                    runs.add(run(drawn(t.text()), font(style.bold() || t.bold(), t.italic(), size)));
                } else if (inline instanceof LineBreak) {
                    runs.add(LineBreaker.Run.lineBreak());
                } else if (inline instanceof ru.lokalakt.document.Blank b) {
                    runs.add(run(ru.lokalakt.document.Blank.LINE, font(false, false, size)));
                    runs.add(run(" (" + b.hint() + ")", font(false, false, PageLayout.BLANK_HINT_PT)));
                }
            }
            float column = pt(layout.textWidthMm());
            float left = pt(style.leftIndentMm());
            float first = pt(style.firstLineIndentMm());
            List<LineBreaker.Line<Font>> lines = LineBreaker.lines(runs, column - left - first, column - left);
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line<Font> line = lines.get(i);
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
                p.setFont(font(style.bold(), false, size));
                p.setLeading(0, LEADING);
                p.setAlignment(line.last() ? Element.ALIGN_LEFT : Element.ALIGN_JUSTIFIED_ALL);
                p.setIndentationLeft(left);
                p.setFirstLineIndent(i == 0 ? first : 0);
                p.setSpacingBefore(i == 0 ? style.spaceBeforePt() : 0);
                p.setSpacingAfter(i == lines.size() - 1 ? style.spaceAfterPt() : 0);
                for (LineBreaker.Run<Font> r : line.runs()) {
                    p.add(new Chunk(r.text(), r.font()));
                }
                if (line.runs().isEmpty()) {
                    p.add(new Chunk("\u00A0", font(false, false, size)));
                } else if (!line.last()) {
                    // OpenPDF hangs a justified line's final . , ; : by 0.4 of its width past the margin; Word does
                    // not: the line is made that much narrower, so that the mark ends at the margin.
                    LineBreaker.Run<Font> end = line.runs().get(line.runs().size() - 1);
                    String mark = end.text().substring(end.text().length() - 1);
                    if (".,;:'".contains(mark)) {
                        p.setIndentationRight(end.measure().width(mark) * 0.4f);
                    }
                }
                pdf.add(p);
            }
        }

        /**
         * The text as the font draws it: Liberation Serif has no U+2011, so a non-breaking hyphen is drawn as a
         * hyphen; the line breaker never breaks there anyway (a hyphen before a digit).
         */
        private static String drawn(String text) {
            return text.indexOf('\u2011') < 0 ? text : text.replace('\u2011', '-');
        }

        private static LineBreaker.Run<Font> run(String text, Font font) {
            BaseFont base = font.getBaseFont();
            float size = font.getSize();
            return new LineBreaker.Run<>(text, font, t -> base.getWidthPoint(t, size));
        }

        private com.lowagie.text.Paragraph paragraph(Style style, String label, List<Inline> content) {
            float size = style.sizePt(layout);
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setFont(font(style.bold(), false, size));
            p.setLeading(0, LEADING);
            p.setAlignment(alignment(style.align()));
            p.setIndentationLeft(pt(style.leftIndentMm()));
            p.setFirstLineIndent(pt(style.firstLineIndentMm()));
            p.setSpacingBefore(style.spaceBeforePt());
            p.setSpacingAfter(style.spaceAfterPt());
            if (label != null) {
                p.add(new Chunk(label + " ", font(style.bold(), false, size)));
            }
            for (Inline inline : content) {
                if (inline instanceof Text t) {
                    p.add(new Chunk(drawn(t.text()), font(style.bold() || t.bold(), t.italic(), size)));
                } else if (inline instanceof LineBreak) {
                    p.add(Chunk.NEWLINE);
                } else if (inline instanceof ru.lokalakt.document.Blank b) {
                    p.add(new Chunk(ru.lokalakt.document.Blank.LINE, font(false, false, size)));
                    p.add(new Chunk(" (" + b.hint() + ")", font(false, false, PageLayout.BLANK_HINT_PT)));
                }
            }
            if (content.isEmpty() && label == null) {
                p.add(new Chunk("\u00A0", font(false, false, size)));
            }
            return p;
        }

        @Override
        public Void columns(Columns columns) throws DocumentException {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSpacingAfter(Math.max(columns.left().style().spaceAfterPt(), columns.right().style().spaceAfterPt()));
            for (Paragraph p : List.of(columns.left(), columns.right())) {
                com.lowagie.text.Paragraph content = paragraph(p.style(), null, p.content());
                content.setIndentationLeft(0);
                content.setFirstLineIndent(0);
                content.setSpacingBefore(0);
                content.setSpacingAfter(0);
                PdfPCell cell = new PdfPCell();
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setPadding(0);
                cell.setPaddingRight(pt(2));
                cell.setUseAscender(true);
                cell.addElement(content);
                table.addCell(cell);
            }
            pdf.add(table);
            return null;
        }

        /** A framed paragraph in the right part of the line, as Word draws a bordered, indented paragraph. */
        private PdfPTable framed(Paragraph paragraph) {
            com.lowagie.text.Paragraph content = paragraph(paragraph.style(), null, paragraph.content());
            content.setIndentationLeft(0);
            content.setSpacingBefore(0);
            content.setSpacingAfter(0);
            PdfPTable table = new PdfPTable(1);
            float width = pt(layout.textWidthMm() - paragraph.style().leftIndentMm());
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.setSpacingBefore(paragraph.style().spaceBeforePt());
            table.setSpacingAfter(paragraph.style().spaceAfterPt());
            PdfPCell cell = new PdfPCell();
            cell.setBorderWidth(0.8f);
            cell.setPadding(pt(1.5));
            cell.setUseAscender(true);
            cell.addElement(content);
            table.addCell(cell);
            return table;
        }

        /** Drawn at the bottom left of the current page; a new page if the text already reaches that far. */
        @Override
        public Void bottomNote(BottomNote note) throws DocumentException {
            com.lowagie.text.Paragraph content = paragraph(Style.NOTE, null, note.content());
            float left = pdf.left();
            float right = pdf.right();
            float bottom = pdf.bottom();
            com.lowagie.text.pdf.ColumnText probe = new com.lowagie.text.pdf.ColumnText(writer.getDirectContent());
            probe.setSimpleColumn(left, bottom, right, bottom + 1000);
            probe.addElement(content);
            probe.go(true);
            float height = bottom + 1000 - probe.getYLine();
            if (writer.getVerticalPosition(false) < bottom + height) {
                pdf.newPage();
                pdf.add(com.lowagie.text.Chunk.NEWLINE);
            }
            com.lowagie.text.pdf.ColumnText column = new com.lowagie.text.pdf.ColumnText(writer.getDirectContent());
            column.setSimpleColumn(left, bottom, right, bottom + height + 1);
            column.addElement(paragraph(Style.NOTE, null, note.content()));
            column.go();
            return null;
        }

        @Override
        public Void splitLine(SplitLine line) throws DocumentException {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSpacingBefore(line.style().spaceBeforePt());
            table.setSpacingAfter(line.style().spaceAfterPt());
            table.addCell(cell(line.style(), line.left(), Element.ALIGN_LEFT));
            table.addCell(cell(line.style(), line.right(), Element.ALIGN_RIGHT));
            pdf.add(table);
            return null;
        }

        private PdfPCell cell(Style style, List<Inline> content, int align) {
            com.lowagie.text.Paragraph p = paragraph(style, null, content);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setAlignment(align);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            cell.setUseAscender(true);
            cell.addElement(p);
            return cell;
        }

        @Override
        public Void table(Table table) throws DocumentException {
            float[] widths = new float[table.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = table.widths().get(i);
            }
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(table.header().isEmpty() ? 0 : 1);
            float size = Style.TABLE_TEXT.sizePt(layout);
            for (String h : table.header()) {
                t.addCell(tableCell(h, true, size, 0));
            }
            for (List<String> row : table.rows()) {
                for (String c : row) {
                    t.addCell(tableCell(c, false, size, pt(10)));
                }
            }
            pdf.add(t);
            return null;
        }

        private PdfPCell tableCell(String text, boolean header, float size, float minHeight) {
            PdfPCell cell = new PdfPCell(new Phrase(size * LEADING, text, font(header, false, size)));
            cell.setBorderWidth(0.5f);
            cell.setPaddingLeft(pt(1.9));
            cell.setPaddingRight(pt(1.9));
            cell.setPaddingBottom(3);
            cell.setMinimumHeight(minHeight);
            cell.setHorizontalAlignment(header ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
            return cell;
        }

        private Font font(boolean bold, boolean italic, float size) {
            return new Font(fonts.pick(bold, italic), size);
        }

        private static int alignment(Style.Align align) {
            return switch (align) {
                case LEFT -> Element.ALIGN_LEFT;
                case CENTER -> Element.ALIGN_CENTER;
                case RIGHT -> Element.ALIGN_RIGHT;
                case JUSTIFY -> Element.ALIGN_JUSTIFIED;
            };
        }
    }

    private static final float RUNNING_SIZE = PageLayout.RUNNING_HEADER_PT;

    /**
     * What every page carries besides its text: the page number centred in the top margin from page 2, where the
     * DOCX header puts it; on page 1, the QR code at the bottom right, where the DOCX first-page footer puts it.
     */
    private static final class PageEvents extends com.lowagie.text.pdf.PdfPageEventHelper {
        private final BaseFont font;
        private final float size;
        private final PageLayout layout;
        private final QrCode qr;
        private final String runningTitle;
        private com.lowagie.text.pdf.PdfTemplate total;

        PageEvents(BaseFont font, PageLayout layout, QrCode qr, String runningTitle) {
            this.font = font;
            this.size = layout.fontSizePt();
            this.layout = layout;
            this.qr = qr;
            this.runningTitle = runningTitle;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, com.lowagie.text.Document document) {
            if (runningTitle != null) {
                total = writer.getDirectContent().createTemplate(RUNNING_SIZE * 2, RUNNING_SIZE * 1.5f);
            }
        }

        /** The number of pages is known only at the end: it is written into a placeholder every header shows. */
        @Override
        public void onCloseDocument(PdfWriter writer, com.lowagie.text.Document document) {
            if (total != null) {
                total.beginText();
                total.setFontAndSize(font, RUNNING_SIZE);
                total.showText(String.valueOf(writer.getPageNumber() - 1));
                total.endText();
            }
        }

        private void runningHeader(PdfWriter writer, com.lowagie.text.Document document, int page) {
            var cb = writer.getDirectContent();
            float baseline = document.getPageSize().getHeight() - pt(PageLayout.HEADER_FOOTER_DISTANCE_MM) - font.getFontDescriptor(BaseFont.ASCENT, RUNNING_SIZE);
            String pageText = "страница " + page + " из ";
            float reserve = font.getWidthPoint("99", RUNNING_SIZE);
            float pageX = document.right() - reserve - font.getWidthPoint(pageText, RUNNING_SIZE);
            cb.beginText();
            cb.setFontAndSize(font, RUNNING_SIZE);
            cb.showTextAligned(Element.ALIGN_LEFT, runningTitle, document.left(), baseline, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, pageText, pageX, baseline, 0);
            cb.endText();
            cb.addTemplate(total, pageX + font.getWidthPoint(pageText, RUNNING_SIZE), baseline);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), baseline - 3);
            cb.lineTo(document.right(), baseline - 3);
            cb.stroke();
        }

        @Override
        public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
            int page = writer.getPageNumber();
            if (page >= 2 && runningTitle != null) {
                runningHeader(writer, document, page);
                return;
            }
            if (page < 2) {
                if (qr != null) {
                    drawQr(writer, document);
                    document.setMargins(pt(layout.marginLeftMm()), pt(layout.marginRightMm()),
                            pt(layout.marginTopMm()), pt(layout.marginBottomMm()));
                }
                return;
            }
            var cb = writer.getDirectContent();
            float x = (document.left() + document.right()) / 2;
            float y = document.getPageSize().getHeight() - pt(PageLayout.HEADER_FOOTER_DISTANCE_MM) - font.getFontDescriptor(BaseFont.ASCENT, size);
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.showTextAligned(Element.ALIGN_CENTER, String.valueOf(page), x, y, 0);
            cb.endText();
        }

        /** The modules as filled squares: vector, sharp at any print size; four modules of quiet zone around. */
        private void drawQr(PdfWriter writer, com.lowagie.text.Document document) {
            var cb = writer.getDirectContent();
            float side = pt(QrCode.SIZE_MM);
            float module = side / (qr.size() + 8);
            float left = document.right() - side + 4 * module;
            float top = pt(PageLayout.HEADER_FOOTER_DISTANCE_MM) + side - 4 * module;
            cb.saveState();
            cb.setGrayFill(0);
            for (int y = 0; y < qr.size(); y++) {
                for (int x = 0; x < qr.size(); x++) {
                    if (qr.dark(x, y)) {
                        cb.rectangle(left + x * module, top - (y + 1) * module, module, module);
                    }
                }
            }
            cb.fill();
            cb.restoreState();
        }
    }
}
