package ru.lokalakt.render.docx;

import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Style;

import static ru.lokalakt.render.docx.WordXml.twips;

/**
 * styles.xml and numbering.xml written from the shared style table, in the spirit of Pandoc's reference.docx:
 * a secretary who changes a style in Word changes every paragraph of that kind.
 */
final class StylesXml {
    static final int CLAUSE_NUM_ID = 1;
    static final int BULLET_NUM_ID = 2;
    /** The clause list of an appendix bound into the same file: the same list, started again from 1. */
    static final int APPENDIX_NUM_ID = 3;
    static final String FONT = "Times New Roman";

    private StylesXml() {
    }

    static String styles(PageLayout layout) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<w:styles ").append(WordXml.NAMESPACES).append('>');
        sb.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(fonts())
                .append("<w:sz w:val=\"").append(layout.fontSizePt() * 2).append("\"/>")
                .append("<w:szCs w:val=\"").append(layout.fontSizePt() * 2).append("\"/>")
                .append("<w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        sb.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .append("<w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>");
        sb.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        for (Style style : Style.values()) {
            sb.append(style(style, layout));
        }
        sb.append("<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>");
        sb.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"").append(twips(PageLayout.CELL_MARGIN_MM))
                .append("\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"")
                .append(twips(PageLayout.CELL_MARGIN_MM)).append("\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        sb.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>")
                .append("<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>")
                .append(border("top")).append(border("left")).append(border("bottom")).append(border("right"))
                .append(border("insideH")).append(border("insideV"))
                .append("</w:tblBorders></w:tblPr></w:style>");
        sb.append("</w:styles>");
        return sb.toString();
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    }

    private static String fonts() {
        return "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT + "\"/>";
    }

    private static String style(Style style, PageLayout layout) {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:style w:type=\"paragraph\" w:customStyle=\"").append(isBuiltIn(style) ? "0" : "1")
                .append("\" w:styleId=\"").append(style.id()).append("\">")
                .append("<w:name w:val=\"").append(WordXml.escape(style.displayName())).append("\"/>")
                .append("<w:basedOn w:val=\"Normal\"/>");
        if (style == Style.HEADING) {
            sb.append("<w:next w:val=\"").append(Style.CLAUSE.id()).append("\"/>");
        }
        // The break rules the PDF's paginator applies, stated on every style, in the schema's order.
        sb.append("<w:qFormat/><w:pPr>");
        if (style.keepWithNext()) {
            sb.append("<w:keepNext/>");
        }
        if (style.keepLines()) {
            sb.append("<w:keepLines/>");
        }
        sb.append("<w:widowControl/>");
        if (style.framed()) {
            sb.append("<w:pBdr>");
            for (String side : new String[]{"top", "left", "bottom", "right"}) {
                sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"000000\"/>");
            }
            sb.append("</w:pBdr>");
        }
        sb.append("<w:spacing w:before=\"").append(style.spaceBeforePt() * 20)
                .append("\" w:after=\"").append(style.spaceAfterPt() * 20).append("\"/>");
        sb.append("<w:ind w:left=\"").append(twips(style.leftIndentMm()))
                .append("\" w:firstLine=\"").append(twips(style.firstLineIndentMm())).append("\"/>");
        sb.append("<w:jc w:val=\"").append(jc(style.align())).append("\"/>");
        if (style == Style.HEADING) {
            sb.append("<w:outlineLvl w:val=\"0\"/>");
        }
        sb.append("</w:pPr><w:rPr>");
        if (style.bold()) {
            sb.append("<w:b/><w:bCs/>");
        }
        int size = style.sizePt(layout) * 2;
        sb.append("<w:sz w:val=\"").append(size).append("\"/><w:szCs w:val=\"").append(size).append("\"/>");
        sb.append("</w:rPr></w:style>");
        return sb.toString();
    }

    private static boolean isBuiltIn(Style style) {
        return switch (style) {
            case BODY, TITLE, SUBTITLE, HEADING, CLAUSE, BULLET, BULLET_NESTED -> true;
            default -> false;
        };
    }

    static String jc(Style.Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }

    /** One multilevel list for all clauses (1., 1.1., 1.1.1.) and one for dashes, each number followed by a space. */
    static String numbering() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<w:numbering ").append(WordXml.NAMESPACES).append('>');
        sb.append("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>");
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < ru.lokalakt.document.ClauseNumbering.MAX_LEVELS; level++) {
            text.append('%').append(level + 1).append('.');
            sb.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"").append(text).append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/><w:suff w:val=\"space\"/>")
                    .append("<w:pPr><w:ind w:left=\"0\" w:firstLine=\"")
                    .append(twips(ru.lokalakt.document.PageLayout.FIRST_LINE_INDENT_MM)).append("\"/></w:pPr>")
                    .append("</w:lvl>");
        }
        sb.append("</w:abstractNum>");
        sb.append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        String[] bullets = {BulletList.MARK, BulletList.NESTED_MARK};
        for (int level = 0; level < bullets.length; level++) {
            double indent = (level + 1) * ru.lokalakt.document.PageLayout.FIRST_LINE_INDENT_MM;
            sb.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"").append(bullets[level]).append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/><w:suff w:val=\"space\"/>")
                    .append("<w:pPr><w:ind w:left=\"0\" w:firstLine=\"").append(twips(indent)).append("\"/></w:pPr>")
                    .append("<w:rPr>").append(fonts()).append("</w:rPr></w:lvl>");
        }
        sb.append("</w:abstractNum>");
        sb.append("<w:num w:numId=\"").append(CLAUSE_NUM_ID).append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
        sb.append("<w:num w:numId=\"").append(BULLET_NUM_ID).append("\"><w:abstractNumId w:val=\"1\"/></w:num>");
        sb.append("<w:num w:numId=\"").append(APPENDIX_NUM_ID).append("\"><w:abstractNumId w:val=\"0\"/>")
                .append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        sb.append("</w:numbering>");
        return sb.toString();
    }
}
