package ru.lokalakt.render.docx;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tabs;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BlockWalk;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.LineBreak;
import ru.lokalakt.document.PageBreak;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Table;
import ru.lokalakt.document.Text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static ru.lokalakt.render.docx.WordXml.twips;

/**
 * The body of the document as docx4j objects: every block as Word paragraphs, clauses as real Word numbering.
 * Built directly, so nothing is written as XML only to be parsed back.
 */
final class BodyBuilder {
    static final ObjectFactory W = new ObjectFactory();

    private final PageLayout layout;
    private final List<Object> body;

    /** The list instance clauses are numbered in: the document's own, or the appendix's after a restart. */
    private int clauseNumId = StylesXml.CLAUSE_NUM_ID;

    BodyBuilder(PageLayout layout, List<Object> body) {
        this.layout = layout;
        this.body = body;
    }

    /**
     * The properties of section {@code n} (from 0) whose pages carry the running title given (null: bare page
     * numbers). A page break that starts a new section ends the one before with these properties.
     */
    private java.util.function.BiFunction<Integer, String, SectPr> sections = (n, title) -> null;
    private int section;
    private String sectionTitle;
    private PageBreak sectionPending;

    /** How sections are made, and the running title of the first (the document's own). */
    void sections(java.util.function.BiFunction<Integer, String, SectPr> sections, String firstTitle) {
        this.sections = sections;
        this.sectionTitle = firstTitle;
    }

    /** The properties of the last section: the body's own. */
    SectPr lastSection() {
        return sections.apply(section, sectionTitle);
    }

    /** Ends the current section where the last block ends: on its paragraph, or on an empty one after a frame or table. */
    private void endSection() {
        SectPr properties = sections.apply(section, sectionTitle);
        Object last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (!afterFrame && last instanceof P p) {
            if (p.getPPr() == null) {
                p.setPPr(W.createPPr());
            }
            p.getPPr().setSectPr(properties);
        } else {
            P p = W.createP();
            p.setPPr(W.createPPr());
            p.getPPr().setSectPr(properties);
            body.add(p);
        }
        section++;
        sectionTitle = sectionPending.runningTitle();
        sectionPending = null;
    }

    void blocks(List<Block> blocks) {
        write.blocks(blocks);
        if (breakPending) {
            body.add(breakParagraph());
            breakPending = false;
        }
    }

    /**
     * A page break waiting for the next paragraph. Word's idiom is «page break before» on that paragraph: a
     * paragraph holding only a break character would itself take a line, and when the page before is full it
     * lands on a page of its own, leaving that page empty (LibreOffice does the same). A table cannot carry the
     * property, so before a table the break stays a paragraph of its own.
     */
    private boolean breakPending;

    /**
     * Whether the last block was a frame (the executor mark at the bottom of the page). Word and LibreOffice
     * anchor a frame to the paragraph after it, so a break that follows a frame stays a paragraph of its own:
     * the mark then stays on the last page of the text, as the PDF draws it, and not on the next page.
     */
    private boolean afterFrame;

    private void add(Object block) {
        if (breakPending && sectionPending != null) {
            breakPending = false;
            endSection();
        } else if (breakPending) {
            breakPending = false;
            if (!afterFrame && block instanceof P p && p.getPPr() != null && p.getPPr().getFramePr() == null) {
                p.getPPr().setPageBreakBefore(new org.docx4j.wml.BooleanDefaultTrue());
            } else {
                body.add(breakParagraph());
            }
        }
        body.add(block);
        afterFrame = block instanceof P p && p.getPPr() != null && p.getPPr().getFramePr() != null;
    }

    /**
     * A block that keeps the one before it on its page (a signature, the mark of an electronic signature): the
     * paragraph before is kept with the next, as the PDF's paginator keeps it.
     */
    private void keepPrevious(Style style) {
        if (style.keepsPreviousWithIt() && !breakPending && !body.isEmpty()
                && body.get(body.size() - 1) instanceof P previous && previous.getPPr() != null) {
            previous.getPPr().setKeepNext(new BooleanDefaultTrue());
        }
    }

    private static P breakParagraph() {
        P p = W.createP();
        R r = W.createR();
        Br br = W.createBr();
        br.setType(STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        return p;
    }

    private final BlockWalk<RuntimeException> write = new BlockWalk<>() {
        @Override
        public Void paragraph(Paragraph p) {
            keepPrevious(p.style());
            add(BodyBuilder.this.paragraph(p.style(), p.content()));
            return null;
        }

        @Override
        public Void section(Section s) {
            P heading = BodyBuilder.this.paragraph(Style.HEADING, s.title());
            number(heading, clauseNumId, level());
            // Direct indentation: the numbering level's first-line indent must not push a centred heading off centre.
            heading.getPPr().setInd(indent(0, 0));
            add(heading);
            nested(s.blocks());
            return null;
        }

        @Override
        public Void clause(Clause c) {
            P clause = BodyBuilder.this.paragraph(Style.CLAUSE, c.content());
            number(clause, clauseNumId, level());
            add(clause);
            nested(c.blocks());
            return null;
        }

        @Override
        public Void bulletList(BulletList l) {
            list(l, 0);
            return null;
        }

        @Override
        public Void splitLine(SplitLine s) {
            keepPrevious(s.style());
            add(BodyBuilder.this.splitLine(s));
            return null;
        }

        @Override
        public Void columns(Columns c) {
            add(BodyBuilder.this.columns(c));
            return null;
        }

        @Override
        public Void table(Table t) {
            add(BodyBuilder.this.table(t));
            return null;
        }

        @Override
        public Void bottomNote(BottomNote n) {
            add(BodyBuilder.this.bottomNote(n));
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            if (pageBreak.restartNumbering()) {
                // The appendix's clauses use a second instance of the same list, which Word starts from 1.
                clauseNumId = StylesXml.APPENDIX_NUM_ID;
            }
            if (pageBreak.newSection()) {
                sectionPending = pageBreak;
            }
            breakPending = true;
            return null;
        }
    };

    private void list(BulletList list, int depth) {
        for (BulletList.Item item : list.items()) {
            P p = paragraph(depth == 0 ? Style.BULLET : Style.BULLET_NESTED, item.content());
            number(p, StylesXml.BULLET_NUM_ID, Math.min(depth, 1));
            add(p);
            for (BulletList nested : item.nested()) {
                list(nested, depth + 1);
            }
        }
    }

    private static P paragraph(Style style, List<Inline> content) {
        P p = W.createP();
        PPr ppr = W.createPPr();
        PPrBase.PStyle ps = W.createPPrBasePStyle();
        ps.setVal(style.id());
        ppr.setPStyle(ps);
        p.setPPr(ppr);
        runs(p.getContent(), content);
        return p;
    }

    private static void number(P p, int numId, int level) {
        PPrBase.NumPr numPr = W.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl ilvl = W.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        PPrBase.NumPr.NumId id = W.createPPrBaseNumPrNumId();
        id.setVal(BigInteger.valueOf(numId));
        numPr.setIlvl(ilvl);
        numPr.setNumId(id);
        p.getPPr().setNumPr(numPr);
    }

    private static PPrBase.Ind indent(int left, int firstLine) {
        PPrBase.Ind ind = W.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setFirstLine(BigInteger.valueOf(firstLine));
        return ind;
    }

    private Object splitLine(SplitLine line) {
        if (line.stamped()) {
            return stampedSignature(line);
        }
        P p = paragraph(line.style(), line.left());
        Tabs tabs = W.createTabs();
        CTTabStop stop = W.createCTTabStop();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(twips(layout.textWidthMm())));
        tabs.getTab().add(stop);
        p.getPPr().setTabs(tabs);
        p.getPPr().setInd(indent(0, 0));
        Jc jc = W.createJc();
        jc.setVal(JcEnumeration.LEFT);
        p.getPPr().setJc(jc);
        R tab = W.createR();
        tab.getContent().add(W.createRTab(W.createRTab()));
        p.getContent().add(tab);
        runs(p.getContent(), line.right());
        return p;
    }

    /**
     * Position, the framed mark of the electronic signature and the name in one row without borders: the mark stands
     * where a handwritten signature would (ГОСТ Р 7.0.97); position and name are centred on it vertically.
     */
    private Tbl stampedSignature(SplitLine line) {
        int middle = twips(SplitLine.STAMP_WIDTH_MM);
        int side = (twips(layout.textWidthMm()) - middle) / 2;
        JcEnumeration[] aligns = {JcEnumeration.LEFT, JcEnumeration.CENTER, JcEnumeration.RIGHT};
        List<List<ru.lokalakt.document.Inline>> parts = List.of(line.left(), line.stamp(), line.right());
        List<P> cells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            P p = paragraph(i == 1 ? Style.STAMP : line.style(), parts.get(i));
            Jc jc = W.createJc();
            jc.setVal(aligns[i]);
            p.getPPr().setJc(jc);
            // The row keeps with the paragraph after it (the executor's mark's anchor), as the PDF's plan keeps it.
            p.getPPr().setKeepNext(new BooleanDefaultTrue());
            if (i != 1) {
                // Centred on the stamp: the signature's space before stands above the row, not inside its cells.
                org.docx4j.wml.PPrBase.Spacing none = W.createPPrBaseSpacing();
                none.setBefore(BigInteger.ZERO);
                none.setAfter(BigInteger.ZERO);
                p.getPPr().setSpacing(none);
            }
            cells.add(p);
        }
        // A table has no space before: the paragraph above the row keeps the signature's distance after it instead.
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof P previous && previous.getPPr() != null) {
            org.docx4j.wml.PPrBase.Spacing gap = previous.getPPr().getSpacing() == null ? W.createPPrBaseSpacing()
                    : previous.getPPr().getSpacing();
            gap.setAfter(BigInteger.valueOf(Math.round(line.style().spaceBeforePt() * 20)));
            previous.getPPr().setSpacing(gap);
        }
        return borderlessRow(new int[]{side, middle, side}, cells, true);
    }

    /** Two cells without borders; each paragraph's indentation gives way to its cell. */
    private Tbl columns(Columns columns) {
        int half = twips(layout.textWidthMm()) / 2;
        List<P> cells = new ArrayList<>();
        for (Paragraph cellParagraph : List.of(columns.left(), columns.right())) {
            cells.add(paragraph(cellParagraph.style(), cellParagraph.content()));
        }
        return borderlessRow(new int[]{half, half}, cells, false);
    }

    /** One unsplittable row of cells of fixed widths, without borders, a paragraph each, its indentation given up. */
    private Tbl borderlessRow(int[] widths, List<P> paragraphs, boolean centredVertically) {
        Tbl tbl = W.createTbl();
        TblPr pr = W.createTblPr();
        pr.setTblW(width(java.util.Arrays.stream(widths).sum()));
        org.docx4j.wml.CTTblLayoutType fixed = W.createCTTblLayoutType();
        fixed.setType(org.docx4j.wml.STTblLayoutType.FIXED);
        pr.setTblLayout(fixed);
        tbl.setTblPr(pr);
        TblGrid grid = W.createTblGrid();
        Tr tr = W.createTr();
        for (int i = 0; i < widths.length; i++) {
            TblGridCol col = W.createTblGridCol();
            col.setW(BigInteger.valueOf(widths[i]));
            grid.getGridCol().add(col);
            Tc tc = W.createTc();
            TcPr tcPr = W.createTcPr();
            tcPr.setTcW(width(widths[i]));
            if (centredVertically) {
                org.docx4j.wml.CTVerticalJc centre = W.createCTVerticalJc();
                centre.setVal(org.docx4j.wml.STVerticalJc.CENTER);
                tcPr.setVAlign(centre);
            }
            tc.setTcPr(tcPr);
            P p = paragraphs.get(i);
            p.getPPr().setInd(indent(0, 0));
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        tr.setTrPr(unsplit(W.createTrPr()));
        tbl.setTblGrid(grid);
        tbl.getContent().add(tr);
        return tbl;
    }

    /** A frame anchored to the bottom of the text area: Word keeps it there however the text above changes. */
    private P bottomNote(BottomNote note) {
        P p = paragraph(Style.NOTE, note.content());
        org.docx4j.wml.CTFramePr frame = W.createCTFramePr();
        frame.setW(BigInteger.valueOf(twips(layout.textWidthMm() * 2 / 3)));
        // No text beside the note: the text ends above it, as the PDF sets it.
        frame.setWrap(org.docx4j.wml.STWrap.NOT_BESIDE);
        frame.setVAnchor(org.docx4j.wml.STVAnchor.MARGIN);
        frame.setHAnchor(org.docx4j.wml.STHAnchor.MARGIN);
        frame.setYAlign(org.docx4j.wml.STYAlign.BOTTOM);
        frame.setXAlign(org.docx4j.wml.STXAlign.LEFT);
        p.getPPr().setFramePr(frame);
        return p;
    }

    private Tbl table(Table table) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        int width = twips(layout.textWidthMm());
        Tbl tbl = W.createTbl();
        TblPr pr = W.createTblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle ts = W.createCTTblPrBaseTblStyle();
        ts.setVal("TableGrid");
        pr.setTblStyle(ts);
        pr.setTblW(width(width));
        org.docx4j.wml.CTTblLayoutType fixed = W.createCTTblLayoutType();
        fixed.setType(org.docx4j.wml.STTblLayoutType.FIXED);
        pr.setTblLayout(fixed);
        tbl.setTblPr(pr);
        TblGrid grid = W.createTblGrid();
        int[] cols = new int[table.widths().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = width * table.widths().get(i) / total;
            TblGridCol col = W.createTblGridCol();
            col.setW(BigInteger.valueOf(cols[i]));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        if (!table.header().isEmpty()) {
            tbl.getContent().add(row(table.header(), cols, true));
        }
        for (List<String> r : table.rows()) {
            tbl.getContent().add(row(r, cols, false));
        }
        return tbl;
    }

    private static Tr row(List<String> cells, int[] cols, boolean header) {
        Tr tr = W.createTr();
        TrPr trPr = W.createTrPr();
        if (header) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(W.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        } else {
            org.docx4j.wml.CTHeight h = W.createCTHeight();
            h.setVal(BigInteger.valueOf(567));
            trPr.getCnfStyleOrDivIdOrGridBefore().add(W.createCTTrPrBaseTrHeight(h));
        }
        tr.setTrPr(unsplit(trPr));
        for (int i = 0; i < cells.size(); i++) {
            Tc tc = W.createTc();
            TcPr tcPr = W.createTcPr();
            tcPr.setTcW(width(cols[i]));
            tc.setTcPr(tcPr);
            String text = cells.get(i);
            P p = paragraph(Style.TABLE_TEXT, text.isEmpty() ? List.of() : List.of(new Text(text, header, false)));
            if (header) {
                Jc jc = W.createJc();
                jc.setVal(JcEnumeration.CENTER);
                p.getPPr().setJc(jc);
            }
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        return tr;
    }

    /** A row is never split across pages. */
    private static TrPr unsplit(TrPr trPr) {
        trPr.getCnfStyleOrDivIdOrGridBefore().add(W.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        return trPr;
    }

    private static TblWidth width(int twips) {
        TblWidth w = W.createTblWidth();
        w.setW(BigInteger.valueOf(twips));
        w.setType("dxa");
        return w;
    }

    private static void runs(List<Object> target, List<Inline> content) {
        for (Inline inline : content) {
            R r = W.createR();
            if (inline instanceof Text t) {
                if (t.bold() || t.italic()) {
                    RPr rpr = W.createRPr();
                    if (t.bold()) {
                        rpr.setB(new BooleanDefaultTrue());
                        rpr.setBCs(new BooleanDefaultTrue());
                    }
                    if (t.italic()) {
                        rpr.setI(new BooleanDefaultTrue());
                        rpr.setICs(new BooleanDefaultTrue());
                    }
                    r.setRPr(rpr);
                }
                // A non-breaking hyphen is Word's own element, not a character: Word and LibreOffice keep it.
                String[] pieces = t.text().split(String.valueOf(ru.lokalakt.russian.Typography.NON_BREAKING_HYPHEN), -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        r.getContent().add(W.createRNoBreakHyphen(W.createRNoBreakHyphen()));
                    }
                    if (!pieces[i].isEmpty()) {
                        org.docx4j.wml.Text text = W.createText();
                        text.setValue(pieces[i]);
                        text.setSpace("preserve");
                        r.getContent().add(W.createRT(text));
                    }
                }
            } else if (inline instanceof LineBreak) {
                r.getContent().add(W.createBr());
            } else if (inline instanceof ru.lokalakt.document.Blank b) {
                org.docx4j.wml.Text line = W.createText();
                line.setValue(ru.lokalakt.document.Blank.LINE);
                r.getContent().add(W.createRT(line));
                target.add(r);
                // The hint in small type, as model forms print it.
                r = W.createR();
                RPr small = W.createRPr();
                org.docx4j.wml.HpsMeasure size = W.createHpsMeasure();
                size.setVal(BigInteger.valueOf(PageLayout.BLANK_HINT_PT * 2L));
                small.setSz(size);
                r.setRPr(small);
                org.docx4j.wml.Text hint = W.createText();
                hint.setValue(" (" + b.hint() + ")");
                hint.setSpace("preserve");
                r.getContent().add(W.createRT(hint));
            }
            target.add(r);
        }
    }

    /** A section's page, margins and headers; {@code headerFirstId} null: its first page has the default header too. */
    SectPr sectionProperties(String headerDefaultId, String headerFirstId, String footerFirstId) {
        SectPr sect = W.createSectPr();
        sect.getEGHdrFtrReferences().add(headerReference(HdrFtrRef.DEFAULT, headerDefaultId));
        if (headerFirstId != null) {
            sect.getEGHdrFtrReferences().add(headerReference(HdrFtrRef.FIRST, headerFirstId));
        }
        if (footerFirstId != null) {
            org.docx4j.wml.FooterReference footer = W.createFooterReference();
            footer.setType(HdrFtrRef.FIRST);
            footer.setId(footerFirstId);
            sect.getEGHdrFtrReferences().add(footer);
        }
        SectPr.PgSz size = W.createSectPrPgSz();
        size.setW(BigInteger.valueOf(twips(PageLayout.A4_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PageLayout.A4_HEIGHT_MM)));
        sect.setPgSz(size);
        SectPr.PgMar mar = W.createSectPrPgMar();
        mar.setTop(BigInteger.valueOf(twips(layout.marginTopMm())));
        mar.setRight(BigInteger.valueOf(twips(layout.marginRightMm())));
        mar.setBottom(BigInteger.valueOf(twips(layout.marginBottomMm())));
        mar.setLeft(BigInteger.valueOf(twips(layout.marginLeftMm())));
        mar.setHeader(BigInteger.valueOf(twips(PageLayout.HEADER_FOOTER_DISTANCE_MM)));
        mar.setFooter(BigInteger.valueOf(twips(PageLayout.HEADER_FOOTER_DISTANCE_MM)));
        mar.setGutter(BigInteger.ZERO);
        sect.setPgMar(mar);
        if (headerFirstId != null) {
            sect.setTitlePg(new BooleanDefaultTrue());
        }
        return sect;
    }

    private static HeaderReference headerReference(HdrFtrRef type, String id) {
        HeaderReference ref = W.createHeaderReference();
        ref.setType(type);
        ref.setId(id);
        return ref;
    }
}
