package ru.lokalakt.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import ru.lokalakt.render.pdf.layout.LineBreaker;
import ru.lokalakt.render.pdf.layout.Paginator;
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
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TimeZone;

/**
 * PDF through OpenPDF, laid out from the same style table as the DOCX: A4, the same margins, sizes, indents and
 * spacing; clause labels from {@link ClauseNumbering}; page numbers centred in the top margin from page 2;
 * bookmarks for sections. Timestamps are the document's date and the file ID is a digest of the document, so the
 * same document gives the same bytes.
 */
public final class PdfRenderer implements Renderer {
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

    /**
     * How far below the real bottom margin OpenPDF's own margin lies: the pages break where {@link Paginator}
     * says, by Word's rules, and OpenPDF, which knows none of them, must never break a page itself.
     */
    static final float SLACK = 48;

    /** The type size of the no-break space that ends a justified line (see {@code Layout.line}). */
    private static final float HANG_STOP_PT = 0.01f;

    /** How many pages a document takes as this renderer lays it out (the same pages Word shows). */
    public int pages(Document document) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(render(document))) {
            return reader.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public byte[] render(Document document) {
        GlyphCheck.requireGlyphs(document);
        PageLayout layout = document.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        PdfFonts fonts = PdfFonts.forDocument();
        // A QR code and the note «В дело …» stand in the first page's footer, the note's last line at the footer's
        // distance from the page's edge; like Word, the first page's text makes room for the taller of them.
        List<String> note = document.pages().firstPageNoteLines();
        float noteSize = Style.NOTE.sizePt(layout);
        double noteMm = note.size() * fonts.lineHeight(noteSize) * 25.4 / 72;
        double footerMm = Math.max(document.qrCode() == null ? 0 : QrCode.SIZE_MM + 1, noteMm);
        double firstBottomMm = footerMm == 0 ? layout.marginBottomMm()
                : Math.max(layout.marginBottomMm(), PageLayout.HEADER_FOOTER_DISTANCE_MM + footerMm);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4,
                pt(layout.marginLeftMm()), pt(layout.marginRightMm()), pt(layout.marginTopMm()),
                pt(firstBottomMm) - SLACK);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            // Word justifies by widening the spaces only; letters spread apart would look like another document.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            PageEvents events = new PageEvents(fonts, layout,
                    document.qrCode() == null ? null : QrCode.of(document.qrCode()), document.pages().runningTitle(), note);
            writer.setPageEvent(events);
            if (pdfA) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
                writer.setPdfVersion(PdfWriter.VERSION_1_4);
            }
            info(pdf, writer, document.metadata());
            pdf.open();
            if (pdfA) {
                writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            }
            float body = pt(PageLayout.A4_HEIGHT_MM - layout.marginTopMm());
            float first = body - pt(firstBottomMm);
            float other = body - pt(layout.marginBottomMm());
            new Layout(pdf, writer, fonts, layout, firstBottomMm, events).document(document.blocks(), page -> page == 0 ? first : other);
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

    /**
     * Lays the tree out in three steps, the way the DOCX renderer walks it: every block becomes a
     * {@link Paginator.Item} — a paragraph its lines as {@link LineBreaker} finds them, a table its rows, any other
     * block one piece measured by OpenPDF — together with what draws it; {@link Paginator} decides where the pages
     * break, by the rules the DOCX styles declare; then the pieces are drawn in order and a page started wherever
     * the plan says. OpenPDF's own page breaking never comes into play: its bottom margin lies below the real one.
     */
    private static final class Layout extends BlockWalk<DocumentException> {
        private final com.lowagie.text.Document pdf;
        private final PdfWriter writer;
        private final PdfFonts fonts;
        private final PageLayout layout;
        /** Where page 1's text ends, above its footer (a QR code, the note «В дело …»). */
        private final float firstBottom;
        private final PageEvents events;
        /** The pieces that open a section of their own header: their index and the section's running title. */
        private final Map<Integer, java.util.Optional<String>> sections = new HashMap<>();
        private final ClauseNumbering numbering = new ClauseNumbering();
        private final List<Piece> pieces = new ArrayList<>();

        /**
         * Draws units {@code from}..{@code to} of a piece with {@code space} above the first; {@code pageTop}: nothing
         * stands on the page yet, where OpenPDF would drop a paragraph's space before.
         */
        private interface Draw {
            void units(int from, int to, float space, boolean pageTop) throws DocumentException;
        }

        /** An item of the flow and what draws it. */
        private record Piece(Paginator.Item item, Draw draw) {
        }

        Layout(com.lowagie.text.Document pdf, PdfWriter writer, PdfFonts fonts, PageLayout layout, double firstBottomMm,
               PageEvents events) {
            this.pdf = pdf;
            this.writer = writer;
            this.fonts = fonts;
            this.layout = layout;
            this.firstBottom = pt(firstBottomMm);
            this.events = events;
        }

        /** Lays out and draws the document's blocks on pages of the given text heights. */
        void document(List<ru.lokalakt.document.Block> blocks, Paginator.Pages pages) throws DocumentException {
            blocks(blocks);
            List<Paginator.Item> items = pieces.stream().map(Piece::item).toList();
            List<Paginator.Start> starts = Paginator.paginate(items, pages).starts();
            int s = 0;
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                int units = p.item().heights().length;
                int from = 0;
                float space = p.item().before();
                while (s < starts.size() && starts.get(s).item() == i) {
                    Paginator.Start start = starts.get(s++);
                    if (start.unit() > from) {
                        p.draw.units(from, start.unit(), space, writer.isPageEmpty());
                    }
                    if (start.unit() == 0 && sections.containsKey(i)) {
                        events.section(sections.get(i).orElse(null));
                    }
                    newPage();
                    space = start.unit() == 0 && start.keepSpace() ? p.item().before() : 0;
                    from = start.unit();
                }
                if (from < units) {
                    p.draw.units(from, units, space, writer.isPageEmpty());
                }
            }
        }

        private void newPage() {
            // The plan counts a page with only a foot note as used; OpenPDF would not leave a page it thinks empty.
            writer.setPageEmpty(false);
            pdf.newPage();
        }

        private void add(Piece piece) {
            pieces.add(piece);
        }

        /** A block that keeps the one before it on its page: the piece before is kept with the next. */
        private void keepPrevious(Style style) {
            if (style.keepsPreviousWithIt() && !pieces.isEmpty()) {
                Piece last = pieces.remove(pieces.size() - 1);
                pieces.add(new Piece(last.item().keptWithNext(), last.draw()));
            }
        }

        @Override
        public Void paragraph(Paragraph p) throws DocumentException {
            keepPrevious(p.style());
            if (p.style().framed()) {
                block(framed(p), p.style().spaceBeforePt(), p.style().spaceAfterPt(), p.style().keepWithNext());
            } else {
                lines(p.style(), null, p.content(), null);
            }
            return null;
        }

        @Override
        public Void section(Section s) throws DocumentException {
            String label = numbering.next(level());
            String title = label + " " + Inlines.plainText(s.title());
            lines(Style.HEADING, label, s.title(), title);
            nested(s.blocks());
            return null;
        }

        @Override
        public Void clause(Clause c) throws DocumentException {
            lines(Style.CLAUSE, numbering.next(level()), c.content(), null);
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
            if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).item().kind() == Paginator.Kind.FOOT) {
                // The DOCX keeps a break after a foot note in an empty paragraph of its own, the note's anchor.
                lines(Style.BODY, null, List.of(), null);
            }
            add(new Piece(Paginator.Item.pageBreak(), (from, to, space, top) -> { }));
            if (pageBreak.newSection()) {
                sections.put(pieces.size(), java.util.Optional.ofNullable(pageBreak.runningTitle()));
            }
            if (pageBreak.restartNumbering()) {
                numbering.restart();
            }
            return null;
        }

        /** The outline entry of a heading about to be drawn: its destination is the top of its line. */
        private void bookmark(String title, float spaceBefore) {
            float y = writer.getVerticalPosition(false) - spaceBefore;
            new PdfOutline(writer.getDirectContent().getRootOutline(),
                    new PdfDestination(PdfDestination.XYZ, 0, y, 0), title, true);
        }

        private void list(BulletList list, int depth) throws DocumentException {
            for (BulletList.Item item : list.items()) {
                Style style = depth == 0 ? Style.BULLET : Style.BULLET_NESTED;
                String mark = depth == 0 ? BulletList.MARK : BulletList.NESTED_MARK;
                lines(style, mark, item.content(), null);
                for (BulletList nested : item.nested()) {
                    list(nested, depth + 1);
                }
            }
        }

        /**
         * A paragraph set line by line: {@link LineBreaker} finds the lines, each line is an OpenPDF paragraph of its
         * own with the style's alignment. A justified paragraph's full lines are justified each on its own (only
         * their spaces widen); its last line, like any line that ends in a forced break, keeps natural spaces, as
         * Word sets it; OpenPDF alone would give the last line the spacing of the line before it.
         */
        private void lines(Style style, String label, List<Inline> content, String bookmark) {
            float size = style.sizePt(layout);
            List<LineBreaker.Run<Font>> runs = new ArrayList<>();
            if (label != null) {
                // Word's number or mark is followed by a space of its own that justification does not widen.
                runs.add(run(label + "\u00A0", font(style.bold(), false, size)));
            }
            for (Inline inline : content) {
                if (inline instanceof Text t) {
                    runs.add(run(t.text(), font(style.bold() || t.bold(), t.italic(), size)));
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
            if (lines.isEmpty()) {
                lines = List.of(new LineBreaker.Line<>(List.of(), true));
            }
            List<LineBreaker.Line<Font>> all = lines;
            add(new Piece(Paginator.Item.lines(fonts.lineHeight(size), lines.size(), style.spaceBeforePt(),
                    style.spaceAfterPt(), style.keepWithNext(), style.keepLines()), (from, to, space, pageTop) -> {
                if (bookmark != null && from == 0) {
                    bookmark(bookmark, pageTop ? 0 : space);
                }
                for (int i = from; i < to; i++) {
                    pdf.add(line(style, all.get(i), size, i == 0 ? first : 0, left,
                            i == from ? space : 0, i == from && pageTop, i == all.size() - 1 ? style.spaceAfterPt() : 0));
                }
            }));
        }

        /** One line as an OpenPDF paragraph; space above it at a page's top goes into its leading. */
        private com.lowagie.text.Paragraph line(Style style, LineBreaker.Line<Font> line, float size, float indent,
                                                float left, float space, boolean pageTop, float after) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setFont(font(style.bold(), false, size));
            // OpenPDF drops space before at a page's top; after a page break Word keeps it: it goes into the leading.
            p.setLeading(fonts.lineHeight(size) + (pageTop ? space : 0));
            boolean justified = style.align() == Style.Align.JUSTIFY && !line.last();
            p.setAlignment(justified ? Element.ALIGN_JUSTIFIED_ALL
                    : style.align() == Style.Align.JUSTIFY ? Element.ALIGN_LEFT : alignment(style.align()));
            p.setIndentationLeft(left);
            p.setFirstLineIndent(indent);
            p.setSpacingBefore(pageTop ? 0 : space);
            p.setSpacingAfter(after);
            for (LineBreaker.Run<Font> r : line.runs()) {
                p.add(chunk(drawn(r.text()), r.font(), size));
            }
            if (line.runs().isEmpty()) {
                p.add(chunk("\u00A0", font(false, false, size), size));
            } else if (justified) {
                // OpenPDF hangs a justified line's final . , ; : by 0.4 of its width past the margin; Word does
                // not. A no-break space of no width after the mark makes it the line's last character: nothing
                // hangs, and the line keeps all of its width (a narrower line would not hold what the breaker
                // put on it, and OpenPDF would break it again).
                p.add(new Chunk("\u00A0", font(false, false, HANG_STOP_PT)));
            }
            return p;
        }

        /**
         * A block OpenPDF lays out itself (a table of one row: side-by-side requisites, a frame), measured at the
         * width it will have; at a page's top after a page break the space above it is an empty line of that height.
         */
        private void block(PdfPTable table, float before, float after, boolean keepNext) {
            float height = measured(table);
            table.setSpacingBefore(0);
            table.setSpacingAfter(0);
            add(new Piece(Paginator.Item.block(height, before, after, keepNext), (from, to, space, pageTop) -> {
                space(space);
                pdf.add(table);
                space(after);
            }));
        }

        /** Vertical space in the flow: an empty line of that leading. */
        private void space(float height) throws DocumentException {
            if (height > 0) {
                com.lowagie.text.Paragraph gap = new com.lowagie.text.Paragraph(height, "\u00A0",
                        font(false, false, 1));
                pdf.add(gap);
            }
        }

        /** The height OpenPDF gives the table at the text's width (or its own locked width). */
        private float measured(PdfPTable table) {
            if (!table.isLockedWidth()) {
                table.setTotalWidth(pt(layout.textWidthMm()));
                table.setLockedWidth(true);
            }
            return table.getTotalHeight();
        }

        /**
         * The text as the font draws it: Liberation Serif has no U+2011, so a non-breaking hyphen is drawn as a
         * hyphen; a word joiner (inside an e-mail or web address) is no glyph at all and goes, so that the PDF's
         * text is the address itself. The line breaker, which sees the text before this, breaks at neither.
         */
        private static String drawn(String text) {
            String t = ru.lokalakt.russian.Words.withoutJoiners(text);
            return t.indexOf('\u2011') < 0 ? t : t.replace('\u2011', '-');
        }

        private static LineBreaker.Run<Font> run(String text, Font font) {
            BaseFont base = font.getBaseFont();
            float size = font.getSize();
            return new LineBreaker.Run<>(text, font, t -> base.getWidthPoint(drawn(t), size));
        }

        /**
         * Text of a line of type {@code size}: OpenPDF sets the baseline at the bottom of the line's height, Word
         * and LibreOffice the font's descent above it; the text is raised by that much.
         */
        private Chunk chunk(String text, Font font, float size) {
            Chunk c = new Chunk(text, font);
            c.setTextRise(fonts.descent(size));
            c.setSplitCharacter(ADDRESS_WHOLE);
            return c;
        }

        /**
         * Where OpenPDF may end a line of text it breaks itself (a cell, a frame, a foot note): where it would by
         * default, except at a hyphen or slash inside an e-mail or web address, which the DOCX keeps whole with a
         * word joiner that {@link #drawn} has taken out.
         */
        private static final com.lowagie.text.SplitCharacter ADDRESS_WHOLE = (start, current, end, cc, ck) -> {
            char c = cc[current];
            if ((c == '-' || c == '/') && insideAddress(cc, start, current, end)) {
                return false;
            }
            return com.lowagie.text.pdf.DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
        };

        /** Whether the word around {@code at} (between spaces) holds an address that covers {@code at}. */
        private static boolean insideAddress(char[] cc, int start, int at, int end) {
            int from = at;
            while (from > start && !Character.isWhitespace(cc[from - 1]) && cc[from - 1] != '\u00A0') {
                from--;
            }
            int to = at;
            while (to < end && !Character.isWhitespace(cc[to]) && cc[to] != '\u00A0') {
                to++;
            }
            java.util.regex.Matcher m = ru.lokalakt.russian.Words.ADDRESS.matcher(new String(cc, from, to - from));
            while (m.find()) {
                if (m.start() <= at - from && at - from < m.end()) {
                    return true;
                }
            }
            return false;
        }

        /** A paragraph OpenPDF breaks itself: the content of a table cell. */
        private com.lowagie.text.Paragraph paragraph(Style style, List<Inline> content) {
            float size = style.sizePt(layout);
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setFont(font(style.bold(), false, size));
            p.setLeading(fonts.lineHeight(size));
            p.setAlignment(alignment(style.align()));
            for (Inline inline : content) {
                if (inline instanceof Text t) {
                    p.add(chunk(drawn(t.text()), font(style.bold() || t.bold(), t.italic(), size), size));
                } else if (inline instanceof LineBreak) {
                    p.add(Chunk.NEWLINE);
                } else if (inline instanceof ru.lokalakt.document.Blank b) {
                    p.add(chunk(ru.lokalakt.document.Blank.LINE, font(false, false, size), size));
                    p.add(chunk(" (" + b.hint() + ")", font(false, false, PageLayout.BLANK_HINT_PT), size));
                }
            }
            if (content.isEmpty()) {
                p.add(chunk("\u00A0", font(false, false, size), size));
            }
            return p;
        }

        @Override
        public Void columns(Columns columns) throws DocumentException {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (Paragraph p : List.of(columns.left(), columns.right())) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(PdfPCell.NO_BORDER);
                // Word's cell keeps its margin at both sides; the table stands out by one, so the text meets the
                // margin of the page and the other margin is left at the right.
                cell.setPadding(0);
                cell.setPaddingRight(2 * pt(PageLayout.CELL_MARGIN_MM));
                cell.addElement(paragraph(p.style(), p.content()));
                table.addCell(cell);
            }
            block(table, 0, Math.max(columns.left().style().spaceAfterPt(), columns.right().style().spaceAfterPt()),
                    columns.left().style().keepWithNext() || columns.right().style().keepWithNext());
            return null;
        }

        /** A framed paragraph in the right part of the line, as Word draws a bordered, indented paragraph. */
        private PdfPTable framed(Paragraph paragraph) {
            PdfPTable table = new PdfPTable(1);
            float width = pt(layout.textWidthMm() - paragraph.style().leftIndentMm());
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            PdfPCell cell = new PdfPCell();
            cell.setBorderWidth(0.8f);
            cell.setPadding(pt(1.5));
            cell.addElement(paragraph(paragraph.style(), paragraph.content()));
            table.addCell(cell);
            return table;
        }

        /**
         * Drawn at the bottom left of the page where the text ends; the plan gives it a page of its own if the text
         * already reaches that far. It takes no room in the flow: the text above it has less of the page.
         */
        @Override
        public Void bottomNote(BottomNote note) throws DocumentException {
            float left = pdf.left();
            float right = pdf.right();
            com.lowagie.text.pdf.ColumnText probe = new com.lowagie.text.pdf.ColumnText(writer.getDirectContent());
            probe.setSimpleColumn(left, 0, right, 1000);
            probe.addElement(paragraph(Style.NOTE, note.content()));
            probe.go(true);
            float height = 1000 - probe.getYLine();
            add(new Piece(Paginator.Item.foot(height), (from, to, space, top) -> {
                float bottom = writer.getPageNumber() == 1 ? firstBottom : pt(layout.marginBottomMm());
                com.lowagie.text.pdf.ColumnText column = new com.lowagie.text.pdf.ColumnText(writer.getDirectContent());
                column.setSimpleColumn(left, bottom, right, bottom + height + 0.01f);
                column.addElement(paragraph(Style.NOTE, note.content()));
                column.go();
            }));
            return null;
        }

        @Override
        public Void splitLine(SplitLine line) throws DocumentException {
            keepPrevious(line.style());
            if (line.stamped()) {
                stampedSignature(line);
                return null;
            }
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.addCell(cell(line.style(), line.left(), Element.ALIGN_LEFT));
            table.addCell(cell(line.style(), line.right(), Element.ALIGN_RIGHT));
            block(table, line.style().spaceBeforePt(), line.style().spaceAfterPt(), line.style().keepWithNext());
            return null;
        }

        /** Position, the framed mark of the electronic signature and the name in one row, as the DOCX sets them. */
        private void stampedSignature(SplitLine line) throws DocumentException {
            float all = pt(layout.textWidthMm());
            float middle = pt(SplitLine.STAMP_WIDTH_MM);
            float side = (all - middle) / 2;
            PdfPTable table = new PdfPTable(new float[]{side, middle, side});
            table.setTotalWidth(all);
            table.setLockedWidth(true);
            PdfPCell left = cell(line.style(), line.left(), Element.ALIGN_LEFT);
            PdfPCell right = cell(line.style(), line.right(), Element.ALIGN_RIGHT);
            com.lowagie.text.Paragraph mark = paragraph(Style.STAMP, line.stamp());
            mark.setAlignment(Element.ALIGN_CENTER);
            mark.setIndentationLeft(0);
            // Word keeps the mark's space before and after inside its cell; OpenPDF drops a cell's first space before,
            // so the cell's padding holds both.
            mark.setSpacingBefore(0);
            mark.setSpacingAfter(0);
            PdfPCell stamp = new PdfPCell();
            stamp.setBorderWidth(0.8f);
            stamp.setPadding(pt(1.5));
            stamp.setPaddingTop(pt(1.5) + Style.STAMP.spaceBeforePt());
            stamp.setPaddingBottom(pt(1.5) + Style.STAMP.spaceAfterPt());
            stamp.setVerticalAlignment(Element.ALIGN_MIDDLE);
            stamp.addElement(mark);
            for (PdfPCell c : List.of(left, right)) {
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                // The signature's space before stands above the row (as the DOCX gives it to the paragraph above).
                for (Object element : c.getCompositeElements()) {
                    if (element instanceof com.lowagie.text.Paragraph para) {
                        para.setSpacingBefore(0);
                        para.setSpacingAfter(0);
                    }
                }
            }
            table.addCell(left);
            table.addCell(stamp);
            table.addCell(right);
            // The row stays with what follows it (the executor's mark at the page's foot), as Word keeps a table whose
            // paragraphs keep with the next.
            block(table, line.style().spaceBeforePt(), line.style().spaceAfterPt(), true);
        }

        private PdfPCell cell(Style style, List<Inline> content, int align) {
            com.lowagie.text.Paragraph p = paragraph(style, content);
            p.setAlignment(align);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            cell.addElement(p);
            return cell;
        }

        /** A ruled table, its rows never split, its header row repeated on every page it continues on. */
        @Override
        public Void table(Table table) throws DocumentException {
            float[] widths = new float[table.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = table.widths().get(i);
            }
            float size = Style.TABLE_TEXT.sizePt(layout);
            boolean header = !table.header().isEmpty();
            List<List<PdfPCell>> rows = new ArrayList<>();
            if (header) {
                rows.add(table.header().stream().map(h -> tableCell(h, true, size, 0)).toList());
            }
            for (List<String> row : table.rows()) {
                rows.add(row.stream().map(c -> tableCell(c, false, size, pt(10))).toList());
            }
            PdfPTable whole = ruled(widths, rows, 0, rows.size(), false);
            measured(whole);
            float[] heights = new float[rows.size()];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = whole.getRowHeight(i);
            }
            add(new Piece(Paginator.Item.rows(heights, header ? heights[0] : 0, 0, 0, false), (from, to, space, pageTop) -> {
                        space(space);
                        pdf.add(ruled(widths, rows, from, to, header && from > 0));
                    }));
            return null;
        }

        /** Rows {@code from}..{@code to} as a table; with the header row first where it is repeated. */
        private PdfPTable ruled(float[] widths, List<List<PdfPCell>> rows, int from, int to, boolean repeatHeader) {
            PdfPTable t = new PdfPTable(widths);
            t.setTotalWidth(pt(layout.textWidthMm()));
            t.setLockedWidth(true);
            t.setSplitLate(true);
            if (repeatHeader) {
                rows.get(0).forEach(c -> t.addCell(new PdfPCell(c)));
            }
            for (int r = from; r < to; r++) {
                rows.get(r).forEach(c -> t.addCell(new PdfPCell(c)));
            }
            return t;
        }

        private PdfPCell tableCell(String text, boolean header, float size, float minHeight) {
            Phrase phrase = new Phrase(fonts.lineHeight(size));
            phrase.add(chunk(drawn(text), font(header, false, size), size));
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorderWidth(0.5f);
            cell.setPaddingLeft(pt(PageLayout.CELL_MARGIN_MM));
            cell.setPaddingRight(pt(PageLayout.CELL_MARGIN_MM));
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
        /** The running title of the pages now being set: the document's, or its section's. */
        private String runningTitle;
        private String nextTitle;
        private boolean nextSection;
        private final PdfFonts fonts;
        private final List<String> note;
        private com.lowagie.text.pdf.PdfTemplate total;

        PageEvents(PdfFonts fonts, PageLayout layout, QrCode qr, String runningTitle, List<String> note) {
            this.fonts = fonts;
            this.font = fonts.regular;
            this.size = layout.fontSizePt();
            this.layout = layout;
            this.qr = qr;
            this.runningTitle = runningTitle;
            this.note = note;
        }

        /** The pages from the next one on belong to a section with this running title (null: bare page numbers). */
        void section(String title) {
            nextSection = true;
            nextTitle = title;
            if (title != null && total == null) {
                total = opened.getDirectContent().createTemplate(RUNNING_SIZE * 2, RUNNING_SIZE * 1.5f);
            }
        }

        private PdfWriter opened;

        @Override
        public void onStartPage(PdfWriter writer, com.lowagie.text.Document document) {
            if (nextSection) {
                runningTitle = nextTitle;
                nextSection = false;
            }
        }

        /** The first page's note at the left of its footer, the last line's bottom at the footer's distance. */
        private void drawNote(PdfWriter writer, com.lowagie.text.Document document) {
            float noteSize = Style.NOTE.sizePt(layout);
            float line = fonts.lineHeight(noteSize);
            var cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, noteSize);
            for (int i = 0; i < note.size(); i++) {
                float baseline = pt(PageLayout.HEADER_FOOTER_DISTANCE_MM) + (note.size() - 1 - i) * line + fonts.descent(noteSize);
                cb.showTextAligned(Element.ALIGN_LEFT, ru.lokalakt.russian.Words.withoutJoiners(note.get(i)), document.left(), baseline, 0);
            }
            cb.endText();
        }

        @Override
        public void onOpenDocument(PdfWriter writer, com.lowagie.text.Document document) {
            opened = writer;
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
                if (!note.isEmpty()) {
                    drawNote(writer, document);
                }
                if (qr != null) {
                    drawQr(writer, document);
                }
                if (qr != null || !note.isEmpty()) {
                    document.setMargins(pt(layout.marginLeftMm()), pt(layout.marginRightMm()),
                            pt(layout.marginTopMm()), pt(layout.marginBottomMm()) - SLACK);
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
