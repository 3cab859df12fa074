package ru.lokalakt.render.docx;

import ru.lokalakt.document.Block;
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

import java.util.List;

import static ru.lokalakt.render.docx.WordXml.escape;
import static ru.lokalakt.render.docx.WordXml.twips;

/** The body of document.xml: every block as Word paragraphs, clauses as real Word numbering. */
final class BodyXml {
    private final StringBuilder sb = new StringBuilder(32768);
    private final PageLayout layout;

    BodyXml(PageLayout layout) {
        this.layout = layout;
    }

    String write(List<Block> blocks, String headerDefaultId, String headerFirstId) {
        sb.append("<w:document ").append(WordXml.NAMESPACES).append("><w:body>");
        blocks(blocks, 0);
        sectionProperties(headerDefaultId, headerFirstId);
        sb.append("</w:body></w:document>");
        return sb.toString();
    }

    private void blocks(List<Block> blocks, int level) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                paragraph(p.style(), null, p.content());
            } else if (block instanceof Section s) {
                heading(s, level);
                blocks(s.blocks(), level + 1);
            } else if (block instanceof Clause c) {
                paragraph(Style.CLAUSE, numbering(StylesXml.CLAUSE_NUM_ID, level), c.content());
                blocks(c.blocks(), level + 1);
            } else if (block instanceof BulletList l) {
                list(l, 0);
            } else if (block instanceof SplitLine s) {
                splitLine(s);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof PageBreak) {
                sb.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
        }
    }

    private void heading(Section section, int level) {
        // Direct indentation: the numbering level's first-line indent must not push a centred heading off centre.
        String props = numbering(StylesXml.CLAUSE_NUM_ID, level) + "<w:ind w:left=\"0\" w:firstLine=\"0\"/>";
        paragraph(Style.HEADING, props, section.title());
    }

    private void list(BulletList list, int depth) {
        for (BulletList.Item item : list.items()) {
            Style style = depth == 0 ? Style.BULLET : Style.BULLET_NESTED;
            paragraph(style, numbering(StylesXml.BULLET_NUM_ID, Math.min(depth, 1)), item.content());
            for (BulletList nested : item.nested()) {
                list(nested, depth + 1);
            }
        }
    }

    private static String numbering(int numId, int level) {
        return "<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    }

    private void paragraph(Style style, String extraProps, List<Inline> content) {
        sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style.id()).append("\"/>");
        if (extraProps != null) {
            sb.append(extraProps);
        }
        sb.append("</w:pPr>");
        runs(content);
        sb.append("</w:p>");
    }

    private void splitLine(SplitLine line) {
        int right = twips(layout.textWidthMm());
        sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(line.style().id()).append("\"/>")
                .append("<w:tabs><w:tab w:val=\"right\" w:pos=\"").append(right).append("\"/></w:tabs>")
                .append("<w:ind w:left=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr>");
        runs(line.left());
        sb.append("<w:r><w:tab/></w:r>");
        runs(line.right());
        sb.append("</w:p>");
    }

    private void table(Table table) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        int width = twips(layout.textWidthMm());
        sb.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").append(width)
                .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        int[] cols = new int[table.widths().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = width * table.widths().get(i) / total;
            sb.append("<w:gridCol w:w=\"").append(cols[i]).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        if (!table.header().isEmpty()) {
            row(table.header(), cols, true);
        }
        for (List<String> row : table.rows()) {
            row(row, cols, false);
        }
        sb.append("</w:tbl>");
    }

    private void row(List<String> cells, int[] cols, boolean header) {
        sb.append("<w:tr>");
        if (header) {
            sb.append("<w:trPr><w:tblHeader/></w:trPr>");
        } else {
            sb.append("<w:trPr><w:trHeight w:val=\"567\"/></w:trPr>");
        }
        for (int i = 0; i < cells.size(); i++) {
            sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(cols[i]).append("\" w:type=\"dxa\"/></w:tcPr>");
            sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(Style.TABLE_TEXT.id()).append("\"/>");
            if (header) {
                sb.append("<w:jc w:val=\"center\"/>");
            }
            sb.append("</w:pPr>");
            if (!cells.get(i).isEmpty()) {
                run(cells.get(i), header, false);
            }
            sb.append("</w:p></w:tc>");
        }
        sb.append("</w:tr>");
    }

    private void runs(List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Text t) {
                run(t.text(), t.bold(), t.italic());
            } else if (inline instanceof LineBreak) {
                sb.append("<w:r><w:br/></w:r>");
            }
        }
    }

    private void run(String text, boolean bold, boolean italic) {
        sb.append("<w:r>");
        if (bold || italic) {
            sb.append("<w:rPr>");
            if (bold) {
                sb.append("<w:b/><w:bCs/>");
            }
            if (italic) {
                sb.append("<w:i/><w:iCs/>");
            }
            sb.append("</w:rPr>");
        }
        sb.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
    }

    private void sectionProperties(String headerDefaultId, String headerFirstId) {
        sb.append("<w:sectPr>")
                .append("<w:headerReference w:type=\"default\" r:id=\"").append(headerDefaultId).append("\"/>")
                .append("<w:headerReference w:type=\"first\" r:id=\"").append(headerFirstId).append("\"/>")
                .append("<w:pgSz w:w=\"").append(twips(PageLayout.A4_WIDTH_MM)).append("\" w:h=\"")
                .append(twips(PageLayout.A4_HEIGHT_MM)).append("\"/>")
                .append("<w:pgMar w:top=\"").append(twips(layout.marginTopMm()))
                .append("\" w:right=\"").append(twips(layout.marginRightMm()))
                .append("\" w:bottom=\"").append(twips(layout.marginBottomMm()))
                .append("\" w:left=\"").append(twips(layout.marginLeftMm()))
                .append("\" w:header=\"").append(twips(HEADER_DISTANCE_MM))
                .append("\" w:footer=\"").append(twips(HEADER_DISTANCE_MM)).append("\" w:gutter=\"0\"/>")
                .append("<w:titlePg/></w:sectPr>");
    }

    /** The page number sits in the top margin, this far from the page edge. */
    static final double HEADER_DISTANCE_MM = 10;

    static String header(boolean withPageNumber) {
        StringBuilder h = new StringBuilder("<w:hdr ").append(WordXml.NAMESPACES).append("><w:p><w:pPr>")
                .append("<w:pStyle w:val=\"Header\"/></w:pPr>");
        if (withPageNumber) {
            h.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                    .append("<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                    .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                    .append("<w:r><w:t>2</w:t></w:r>")
                    .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }
        h.append("</w:p></w:hdr>");
        return h.toString();
    }
}
