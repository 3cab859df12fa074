package ru.lokalakt.render.html;

import ru.lokalakt.document.Blank;
import ru.lokalakt.document.BlockWalk;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.Document;
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
import ru.lokalakt.render.QrCode;
import ru.lokalakt.render.Renderer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A standalone, printable HTML page over the same document tree and the same style table as DOCX and PDF: every
 * paragraph carries its style's id as its class, and the style sheet is made from {@link Style}'s figures (size,
 * weight, alignment, indents, spacing). Clause numbers come from {@link ClauseNumbering}, list marks from
 * {@link BulletList}, so the page says word for word what the other formats say. Printing it gives A4 pages with
 * the document's margins.
 */
public final class HtmlRenderer implements Renderer {
    /** The style sheet depends on the page layout alone (three font sizes): made once per layout. */
    private static final java.util.Map<PageLayout, String> SHEETS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] render(Document document) {
        StringBuilder html = new StringBuilder(32768);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language(document)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.metadata().title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(document.metadata().author())).append("\">\n");
        if (document.metadata().subject() != null) {
            html.append("<meta name=\"description\" content=\"").append(escape(document.metadata().subject())).append("\">\n");
        }
        html.append("<meta name=\"date\" content=\"").append(document.metadata().date()).append("\">\n")
                .append("<meta name=\"generator\" content=\"lokalakt\">\n")
                .append("<style>\n").append(SHEETS.computeIfAbsent(document.layout(), HtmlRenderer::styleSheet))
                .append("</style>\n</head>\n<body>\n")
                .append("<main class=\"document\">\n");
        Body body = new Body(html, document);
        body.blocks(document.blocks());
        body.qrIfPending();
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String language(Document document) {
        String lang = document.metadata().language();
        return lang == null ? "ru" : escape(lang);
    }

    /** The style table as CSS: one class per style, named by the style's id, as Word names its styles. */
    static String styleSheet(PageLayout layout) {
        StringBuilder css = new StringBuilder();
        css.append("@page { size: A4; margin: ").append(mm(layout.marginTopMm())).append(' ')
                .append(mm(layout.marginRightMm())).append(' ').append(mm(layout.marginBottomMm())).append(' ')
                .append(mm(layout.marginLeftMm())).append("; }\n");
        css.append("html { background: #f2f2f2; }\n");
        css.append("body { margin: 0; padding: 1em 0; color: #000; }\n");
        css.append(".document { box-sizing: border-box; width: 100%; max-width: ").append(mm(PageLayout.A4_WIDTH_MM))
                .append("; margin: 0 auto; background: #fff; padding: ").append(mm(layout.marginTopMm())).append(' ')
                .append(mm(layout.marginRightMm())).append(' ').append(mm(layout.marginBottomMm())).append(' ')
                .append(mm(layout.marginLeftMm())).append("; font-family: \"Times New Roman\", \"Liberation Serif\", ")
                .append("Tinos, serif; font-size: ").append(layout.fontSizePt()).append("pt; line-height: 1.15; ")
                .append("hyphens: manual; overflow-wrap: break-word; }\n");
        css.append("@media (max-width: 700px) { .document { padding: 1em; } }\n");
        css.append("@media print { html, body { background: none; padding: 0; } .document { max-width: none; padding: 0; } ")
                .append(".page-break { break-after: page; border: 0; margin: 0; } }\n");
        css.append(".document p, .document h1, .document h2, .document ul, .document li { margin: 0; padding: 0; }\n");
        css.append(".document ul { list-style: none; }\n");
        for (Style s : Style.values()) {
            css.append('.').append(s.id()).append(" { font-size: ").append(s.sizePt(layout)).append("pt; font-weight: ")
                    .append(s.bold() ? "bold" : "normal").append("; text-align: ")
                    .append(s.align().name().toLowerCase(Locale.ROOT)).append("; text-indent: ")
                    .append(mm(s.firstLineIndentMm())).append("; margin-left: ").append(mm(s.leftIndentMm()))
                    .append(" !important; margin-top: ").append(s.spaceBeforePt()).append("pt !important; margin-bottom: ")
                    .append(s.spaceAfterPt()).append("pt !important;");
            if (s.framed()) {
                css.append(" border: 0.8pt solid #000; padding: 1.5mm;");
            }
            css.append(" }\n");
        }
        css.append(".split { display: flex; justify-content: space-between; gap: 1em; }\n");
        css.append(".split > span:last-child { text-align: right; }\n");
        css.append(".split { align-items: center; }\n");
        css.append(".split > span.").append(Style.STAMP.id()).append(" { margin: 0 !important; flex: 0 0 ")
                .append(mm(ru.lokalakt.document.SplitLine.STAMP_WIDTH_MM)).append("; text-align: center; }\n");
        css.append(".columns { display: flex; justify-content: space-between; gap: 2mm; }\n");
        css.append(".columns > div { flex: 1 1 50%; }\n");
        css.append(".columns p { margin-left: 0 !important; text-indent: 0; margin-top: 0 !important; margin-bottom: 0 !important; }\n");
        css.append("table.").append(Style.TABLE_TEXT.id()).append(" { width: 100%; border-collapse: collapse; text-indent: 0; }\n");
        css.append("table.").append(Style.TABLE_TEXT.id()).append(" th, table.").append(Style.TABLE_TEXT.id())
                .append(" td { border: 0.5pt solid #000; padding: 0 1.9mm 3pt; vertical-align: top; height: 10mm; }\n");
        css.append("table.").append(Style.TABLE_TEXT.id()).append(" th { text-align: center; font-weight: bold; height: auto; }\n");
        css.append(".blank, .nowrap { white-space: nowrap; }\n");
        css.append(".hint { font-size: ").append(PageLayout.BLANK_HINT_PT).append("pt; }\n");
        css.append(".bottom-note { margin-top: 2em !important; }\n");
        css.append(".qr { display: block; margin: 1em 0 0 auto; width: ").append(mm(QrCode.SIZE_MM)).append("; height: ")
                .append(mm(QrCode.SIZE_MM)).append("; }\n");
        css.append(".page-break { border: 0; border-top: 1px dashed #bbb; margin: 2em -1em; }\n");
        return css.toString();
    }

    private static String mm(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
        return s + "mm";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Running text: escaped, each e-mail or web address in a span that never wraps, with the word joiners that
     * keep it whole in the DOCX and PDF taken out, so that what a reader copies is the address itself.
     */
    static String text(String s) {
        String plain = ru.lokalakt.russian.Words.withoutJoiners(s);
        java.util.regex.Matcher m = ru.lokalakt.russian.Words.ADDRESS.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length() + 32);
        int at = 0;
        while (m.find()) {
            out.append(escape(plain.substring(at, m.start())))
                    .append("<span class=\"nowrap\">").append(escape(m.group())).append("</span>");
            at = m.end();
        }
        return at == 0 ? escape(plain) : out.append(escape(plain.substring(at))).toString();
    }

    /** Walks the tree the way the DOCX and PDF renderers do. */
    private static final class Body extends BlockWalk<RuntimeException> {
        private final StringBuilder html;
        private final Document document;
        private final ClauseNumbering numbering = new ClauseNumbering();
        private boolean qrPending;

        Body(StringBuilder html, Document document) {
            this.html = html;
            this.document = document;
            this.qrPending = document.qrCode() != null || !document.pages().firstPageNote().isEmpty();
        }

        @Override
        public Void paragraph(Paragraph p) {
            html.append("<p class=\"").append(p.style().id()).append("\">");
            inlines(p.content());
            html.append("</p>\n");
            return null;
        }

        @Override
        public Void section(Section s) {
            numbered("h2", Style.HEADING, s.title());
            nested(s.blocks());
            return null;
        }

        @Override
        public Void clause(Clause c) {
            numbered("p", Style.CLAUSE, c.content());
            nested(c.blocks());
            return null;
        }

        /** A section heading or a clause: its computed number, an anchor named after it («p2-3-»), its text. */
        private void numbered(String tag, Style style, List<Inline> content) {
            String label = numbering.next(level());
            html.append('<').append(tag).append(" class=\"").append(style.id()).append("\" id=\"p")
                    .append(label.replace(".", "-")).append("\"><span class=\"num\">").append(label).append("</span> ");
            inlines(content);
            html.append("</").append(tag).append(">\n");
        }

        @Override
        public Void bulletList(BulletList list) {
            list(list, 0);
            return null;
        }

        private void list(BulletList list, int depth) {
            Style style = depth == 0 ? Style.BULLET : Style.BULLET_NESTED;
            String mark = depth == 0 ? BulletList.MARK : BulletList.NESTED_MARK;
            html.append("<ul>\n");
            for (BulletList.Item item : list.items()) {
                html.append("<li class=\"").append(style.id()).append("\"><span class=\"mark\" aria-hidden=\"true\">")
                        .append(mark).append("</span> ");
                inlines(item.content());
                for (BulletList nested : item.nested()) {
                    html.append('\n');
                    list(nested, depth + 1);
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }

        @Override
        public Void splitLine(SplitLine line) {
            html.append("<p class=\"split ").append(line.style().id()).append("\"><span>");
            inlines(line.left());
            if (line.stamped()) {
                html.append("</span> <span class=\"").append(Style.STAMP.id()).append("\">");
                inlines(line.stamp());
            }
            html.append("</span> <span>");
            inlines(line.right());
            html.append("</span></p>\n");
            return null;
        }

        @Override
        public Void columns(Columns columns) {
            html.append("<div class=\"columns\">\n<div>");
            paragraph(columns.left());
            html.append("</div>\n<div>");
            paragraph(columns.right());
            html.append("</div>\n</div>\n");
            return null;
        }

        @Override
        public Void table(Table table) {
            int total = table.widths().stream().mapToInt(Integer::intValue).sum();
            html.append("<table class=\"").append(Style.TABLE_TEXT.id()).append("\">\n<colgroup>");
            for (int w : table.widths()) {
                html.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.1f", 100.0 * w / total))
                        .append("%\">");
            }
            html.append("</colgroup>\n");
            if (!table.header().isEmpty()) {
                html.append("<thead><tr>");
                for (String h : table.header()) {
                    html.append("<th>").append(text(h)).append("</th>");
                }
                html.append("</tr></thead>\n");
            }
            html.append("<tbody>\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                for (String c : row) {
                    html.append("<td>").append(text(c)).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
            return null;
        }

        @Override
        public Void bottomNote(BottomNote note) {
            html.append("<p class=\"").append(Style.NOTE.id()).append(" bottom-note\">");
            inlines(note.content());
            html.append("</p>\n");
            return null;
        }

        /** The end of a page: in print a page break; the QR code, a requisite of page 1, stands before the first. */
        @Override
        public Void pageBreak(PageBreak pageBreak) {
            qrIfPending();
            html.append("<hr class=\"page-break\">\n");
            if (pageBreak.restartNumbering()) {
                numbering.restart();
            }
            return null;
        }

        /** The foot of page 1: the note «В дело …», then the QR code. */
        void qrIfPending() {
            if (!qrPending) {
                return;
            }
            qrPending = false;
            if (!document.pages().firstPageNote().isEmpty()) {
                html.append("<p class=\"").append(Style.NOTE.id()).append(" first-page-note\">");
                inlines(document.pages().firstPageNote());
                html.append("</p>\n");
            }
            if (document.qrCode() == null) {
                return;
            }
            QrCode qr = QrCode.of(document.qrCode());
            int side = qr.size() + 8;
            html.append("<svg class=\"qr\" role=\"img\" aria-label=\"QR-код: ").append(escape(document.qrCode()))
                    .append("\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                    .append("\" xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
            for (int y = 0; y < qr.size(); y++) {
                for (int x = 0; x < qr.size(); x++) {
                    if (qr.dark(x, y)) {
                        html.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
                    }
                }
            }
            html.append("\"/></svg>\n");
        }

        private void inlines(List<Inline> content) {
            for (Inline inline : content) {
                if (inline instanceof Text t) {
                    String text = text(t.text());
                    if (t.bold()) {
                        text = "<b>" + text + "</b>";
                    }
                    if (t.italic()) {
                        text = "<i>" + text + "</i>";
                    }
                    html.append(text);
                } else if (inline instanceof LineBreak) {
                    html.append("<br>");
                } else if (inline instanceof Blank b) {
                    html.append("<span class=\"blank\">").append(Blank.LINE).append("</span> <span class=\"hint\">(")
                            .append(escape(b.hint())).append(")</span>");
                }
            }
        }
    }
}
