package ru.lokalakt.document;

/**
 * The named paragraph styles: the contract between templates and renderers. The DOCX renderer writes each as a
 * Word style with this id and name (built-in ids where Word has one, so Word shows its localised names); the PDF
 * renderer lays paragraphs out from the same figures, which is what keeps the two formats alike.
 */
public enum Style {
    BODY("BodyText", "Body Text", Align.JUSTIFY, false, 0, PageLayout.FIRST_LINE_INDENT_MM, 0, 0, 0, false),
    TITLE("Title", "Title", Align.CENTER, true, 0, 0, 0, 12, 0, true),
    SUBTITLE("Subtitle", "Subtitle", Align.CENTER, true, 0, 0, 0, 0, 12, true),
    HEADING("Heading1", "heading 1", Align.CENTER, true, 0, 0, 0, 12, 6, true),
    CLAUSE("ListNumber", "List Number", Align.JUSTIFY, false, 0, PageLayout.FIRST_LINE_INDENT_MM, 0, 0, 0, false),
    BULLET("ListBullet", "List Bullet", Align.JUSTIFY, false, 0, PageLayout.FIRST_LINE_INDENT_MM, 0, 0, 0, false),
    BULLET_NESTED("ListBullet2", "List Bullet 2", Align.JUSTIFY, false, 0, 2 * PageLayout.FIRST_LINE_INDENT_MM, 0,
            0, 0, false),
    ORGANISATION("OrgName", "Наименование организации", Align.CENTER, false, 0, 0, 0, 0, 0, true),
    DOCUMENT_KIND("DocKind", "Вид документа", Align.CENTER, true, 2, 0, 0, 12, 12, true),
    REQUISITE("Requisite", "Реквизит", Align.LEFT, false, 0, 0, 0, 0, 0, true),
    PLACE("Place", "Место составления", Align.CENTER, false, 0, 0, 0, 6, 0, true),
    TEXT_HEADING("TextHeading", "Заголовок к тексту", Align.CENTER, true, 0, 0, 0, 12, 12, true),
    COMMAND("Command", "Распорядительная часть", Align.LEFT, true, 0, 0, 0, 6, 6, true),
    APPROVAL("Approval", "Гриф утверждения", Align.LEFT, false, 0, 0, 90, 0, 12, true),
    SIGNATURE("Signature", "Подпись", Align.LEFT, false, 0, 0, 0, 24, 0, false),
    NOTE("Note", "Отметка", Align.LEFT, false, -2, 0, 0, 0, 0, true),
    TABLE_TEXT("TableText", "Текст таблицы", Align.LEFT, false, -2, 0, 0, 0, 0, false),
    /** The visual mark of an electronic signature: framed, in the right half, in smaller type. */
    STAMP("Stamp", "Отметка об электронной подписи", Align.CENTER, false, -4, 0, 65, 6, 6, false),
    APPENDIX("AppendixMark", "Отметка о приложении", Align.LEFT, false, 0, 0, 90, 0, 12, true);

    /** Styles drawn with a frame around the paragraph. */
    public boolean framed() {
        return this == STAMP;
    }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final String id;
    private final String displayName;
    private final Align align;
    private final boolean bold;
    private final int sizeDeltaPt;
    private final double firstLineIndentMm;
    private final double leftIndentMm;
    private final int spaceBeforePt;
    private final int spaceAfterPt;
    private final boolean keepWithNext;

    Style(String id, String displayName, Align align, boolean bold, int sizeDeltaPt, double firstLineIndentMm,
          double leftIndentMm, int spaceBeforePt, int spaceAfterPt, boolean keepWithNext) {
        this.id = id;
        this.displayName = displayName;
        this.align = align;
        this.bold = bold;
        this.sizeDeltaPt = sizeDeltaPt;
        this.firstLineIndentMm = firstLineIndentMm;
        this.leftIndentMm = leftIndentMm;
        this.spaceBeforePt = spaceBeforePt;
        this.spaceAfterPt = spaceAfterPt;
        this.keepWithNext = keepWithNext;
    }

    public String id() { return id; }
    public String displayName() { return displayName; }
    public Align align() { return align; }
    public boolean bold() { return bold; }
    public double firstLineIndentMm() { return firstLineIndentMm; }
    public double leftIndentMm() { return leftIndentMm; }
    public int spaceBeforePt() { return spaceBeforePt; }
    public int spaceAfterPt() { return spaceAfterPt; }
    public boolean keepWithNext() { return keepWithNext; }

    /**
     * Never split across pages: the requisites, headings and stamps kept with what follows are short and stand
     * whole, and so does a frame.
     */
    public boolean keepLines() { return keepWithNext || framed(); }

    /**
     * The block before stays on the same page as this one: a signature with the last lines of the text, the mark
     * of an electronic signature with the signature.
     */
    public boolean keepsPreviousWithIt() { return this == SIGNATURE || this == STAMP; }

    public int sizePt(PageLayout layout) {
        return layout.fontSizePt() + sizeDeltaPt;
    }

    /** The name templates use: {@code <p style="approval">}. */
    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Style fromTemplateName(String name) {
        for (Style s : values()) {
            if (s.templateName().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
