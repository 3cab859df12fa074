package ru.lokalakt.template;

import ru.lokalakt.document.Blank;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
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

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the markup that templates write into the document tree, the way a Pandoc reader builds its AST.
 * Templates are FreeMarker's XML output format, so every profile value arrives escaped and can never become an
 * element here. White space of the template's indentation collapses; non-breaking spaces are kept.
 */
public final class DocumentReader {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final XMLStreamReader xml;
    /** The lines of a {@code <first-page-note>}, wherever the template wrote it. */
    private List<Inline> firstPageNote = List.of();

    private DocumentReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    public static Document read(String markup) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(markup));
            try {
                return new DocumentReader(xml).document();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new MarkupException("разметка документа повреждена: " + e.getMessage());
        }
    }

    private Document document() throws XMLStreamException {
        xml.nextTag();
        expect("document");
        Metadata metadata = new Metadata(attr("title", true), attr("subject", false), attr("author", true),
                date(attr("date", true)), orDefault(attr("lang", false), "ru-RU"), "true".equals(attr("regulation", false)));
        String fontSize = attr("font-size", false);
        PageLayout layout = PageLayout.standard(fontSize == null ? 14 : integer(fontSize, "font-size"));
        String qr = blankToNull(attr("qr", false));
        String runningTitle = blankToNull(attr("running-title", false));
        List<Block> blocks = blocks("document");
        return new Document(metadata, layout, blocks, new Document.Pages(qr, runningTitle, firstPageNote));
    }

    /** Reads block elements until the end tag of {@code parent}. */
    private List<Block> blocks(String parent) throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return blocks;
            }
            if (event == XMLStreamConstants.CHARACTERS) {
                if (!xml.isWhiteSpace() && !xml.getText().isBlank()) {
                    throw error("текст вне абзаца внутри <" + parent + ">: «" + xml.getText().strip() + "»");
                }
                continue;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("first-page-note")) {
                    // Not a block of the text: the foot of page 1 carries it (Document.Pages).
                    firstPageNote = inlines();
                    continue;
                }
                blocks.add(block());
            }
        }
    }

    private Block block() throws XMLStreamException {
        String name = xml.getLocalName();
        switch (name) {
            case "p": {
                Style style = style(orDefault(attr("style", false), "body"));
                return new Paragraph(style, inlines());
            }
            case "section": {
                xml.nextTag();
                expect("heading");
                List<Inline> title = inlines();
                return new Section(title, blocks("section"));
            }
            case "clause":
                return clause();
            case "list":
                return list();
            case "split": {
                Style style = style(orDefault(attr("style", false), "requisite"));
                xml.nextTag();
                expect("left");
                List<Inline> left = inlines();
                xml.nextTag();
                List<Inline> stamp = List.of();
                if (xml.getLocalName().equals("stamp")) {
                    stamp = inlines();
                    xml.nextTag();
                }
                expect("right");
                List<Inline> right = inlines();
                xml.nextTag();
                return new SplitLine(style, left, stamp, right);
            }
            case "table":
                return table();
            case "columns": {
                xml.nextTag();
                expect("p");
                Paragraph left = new Paragraph(style(orDefault(attr("style", false), "requisite")), inlines());
                xml.nextTag();
                expect("p");
                Paragraph right = new Paragraph(style(orDefault(attr("style", false), "approval")), inlines());
                xml.nextTag();
                return new Columns(left, right);
            }
            case "bottom-note":
                return new BottomNote(inlines());
            case "pagebreak": {
                boolean restart = "true".equals(xml.getAttributeValue(null, "restart-numbering"));
                xml.nextTag();
                return new PageBreak(restart);
            }
            default:
                throw error("неизвестный элемент <" + name + ">");
        }
    }

    /** A clause: its own text first, then nested clauses or lists. */
    private Clause clause() throws XMLStreamException {
        InlineCollector text = new InlineCollector();
        List<Block> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("clause")) {
                return new Clause(text.finish(), children);
            }
            if (event == XMLStreamConstants.CHARACTERS) {
                if (!children.isEmpty()) {
                    if (!xml.getText().isBlank()) {
                        throw error("текст пункта после вложенных пунктов: «" + xml.getText().strip() + "»");
                    }
                    continue;
                }
                text.text(xml.getText(), false, false);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (isInlineElement(name) && children.isEmpty()) {
                    inlineElement(text, false, false);
                } else if (name.equals("clause") || name.equals("list") || name.equals("p")) {
                    children.add(block());
                } else {
                    throw error("элемент <" + name + "> не может стоять в пункте");
                }
            }
        }
    }

    private BulletList list() throws XMLStreamException {
        List<BulletList.Item> items = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expect("item");
            InlineCollector text = new InlineCollector();
            List<BulletList> nested = new ArrayList<>();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                    break;
                }
                if (event == XMLStreamConstants.CHARACTERS) {
                    if (nested.isEmpty()) {
                        text.text(xml.getText(), false, false);
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("list")) {
                        nested.add(list());
                    } else {
                        inlineElement(text, false, false);
                    }
                }
            }
            items.add(new BulletList.Item(text.finish(), nested));
        }
        if (items.isEmpty()) {
            throw error("пустой список");
        }
        return new BulletList(items);
    }

    private Table table() throws XMLStreamException {
        String widthsAttr = attr("widths", true);
        List<Integer> widths = new ArrayList<>();
        for (String w : widthsAttr.split(",")) {
            widths.add(integer(w.strip(), "widths"));
        }
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expect("row");
            boolean isHeader = "true".equals(attr("header", false));
            List<String> cells = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                expect("cell");
                cells.add(ru.lokalakt.document.Inlines.plainText(inlines()));
            }
            if (cells.size() != widths.size()) {
                throw error("в строке таблицы " + cells.size() + " ячеек, а ширин задано " + widths.size());
            }
            if (isHeader) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        return new Table(widths, header, rows);
    }

    /** Reads mixed inline content up to the end tag of the current element. */
    private List<Inline> inlines() throws XMLStreamException {
        InlineCollector collector = new InlineCollector();
        readInlinesInto(collector, false, false);
        return collector.finish();
    }

    private void readInlinesInto(InlineCollector collector, boolean bold, boolean italic) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS) {
                collector.text(xml.getText(), bold, italic);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                inlineElement(collector, bold, italic);
            }
        }
    }

    private void inlineElement(InlineCollector collector, boolean bold, boolean italic) throws XMLStreamException {
        String name = xml.getLocalName();
        switch (name) {
            case "b" -> readInlinesInto(collector, true, italic);
            case "i" -> readInlinesInto(collector, bold, true);
            case "br" -> {
                collector.lineBreak();
                xml.nextTag();
            }
            default -> throw error("элемент <" + name + "> не может стоять внутри текста");
        }
    }

    private static boolean isInlineElement(String name) {
        return name.equals("b") || name.equals("i") || name.equals("br");
    }

    private void expect(String name) {
        if (!xml.isStartElement() || !xml.getLocalName().equals(name)) {
            String found = xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "другое";
            throw error("ожидался элемент <" + name + ">, а стоит " + found);
        }
    }

    private String attr(String name, boolean required) {
        String value = xml.getAttributeValue(null, name);
        if (value == null && required) {
            throw error("у <" + xml.getLocalName() + "> нет атрибута " + name);
        }
        return value;
    }

    private Style style(String name) {
        Style style = Style.fromTemplateName(name);
        if (style == null) {
            throw error("неизвестный стиль «" + name + "»; есть: " + Arrays.stream(Style.values())
                    .map(Style::templateName).toList());
        }
        return style;
    }

    /** A model document has no date; its files carry the earliest date a zip entry can hold, the same every run. */
    static final LocalDate UNDATED = LocalDate.of(1980, 1, 1);

    private LocalDate date(String iso) {
        if (Blank.isMarker(iso)) {
            return UNDATED;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw error("дата документа «" + iso + "» не в форме ГГГГ-ММ-ДД");
        }
    }

    private int integer(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(what + ": «" + value + "» не число");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private MarkupException error(String message) {
        return new MarkupException("строка " + xml.getLocation().getLineNumber() + " разметки: " + message);
    }

    /** Collects runs and collapses template white space: runs of space, tab and newline become one space. */
    private static final class InlineCollector {
        private final List<Inline> runs = new ArrayList<>();

        void text(String raw, boolean bold, boolean italic) {
            int open = raw.indexOf(Blank.OPEN);
            if (open >= 0) {
                int close = raw.indexOf(Blank.CLOSE, open);
                if (close > open) {
                    text(raw.substring(0, open), bold, italic);
                    runs.add(new Blank(raw.substring(open + 1, close)));
                    text(raw.substring(close + 1), bold, italic);
                    return;
                }
            }
            String collapsed = raw.replaceAll("[ \\t\\r\\n]+", " ");
            if (collapsed.isEmpty()) {
                return;
            }
            if (collapsed.startsWith(" ") && endsWithSpaceOrBreak()) {
                collapsed = collapsed.substring(1);
            }
            if (collapsed.isEmpty()) {
                return;
            }
            if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Text last
                    && last.bold() == bold && last.italic() == italic) {
                runs.set(runs.size() - 1, last.withText(last.text() + collapsed));
            } else {
                runs.add(new Text(collapsed, bold, italic));
            }
        }

        void lineBreak() {
            stripTrailingSpace();
            runs.add(new LineBreak());
        }

        private boolean endsWithSpaceOrBreak() {
            if (runs.isEmpty()) {
                return true;
            }
            Inline last = runs.get(runs.size() - 1);
            return last instanceof LineBreak || (last instanceof Text t && t.text().endsWith(" "));
        }

        private void stripTrailingSpace() {
            while (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Text last && last.text().endsWith(" ")) {
                String trimmed = last.text().substring(0, last.text().length() - 1);
                if (trimmed.isEmpty()) {
                    runs.remove(runs.size() - 1);
                } else {
                    runs.set(runs.size() - 1, last.withText(trimmed));
                }
            }
        }

        List<Inline> finish() {
            stripTrailingSpace();
            return List.copyOf(runs);
        }
    }
}
