package ru.lokalakt.render.docx;

import org.docx4j.wml.Body;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.render.QrCode;
import ru.lokalakt.render.Renderer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DOCX: the body is built as docx4j objects and marshalled by docx4j's JAXB context straight into the package.
 * Styles, numbering and the plain headers, the same for every document of a font size, are marshalled once
 * and their bytes reused.
 */
public final class DocxRenderer implements Renderer {
    private static final Map<String, byte[]> SHARED_PARTS = new ConcurrentHashMap<>();

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void prepare() {
        WordMarshaller.prepare();
    }

    @Override
    public boolean slowToPrepare() {
        return true;
    }

    @Override
    public byte[] render(Document document) {
        DocxPackage pkg = new DocxPackage();
        pkg.wordPart("styles", "styles.xml",
                shared("styles-" + document.layout().fontSizePt(), () -> StylesXml.styles(document.layout())));
        pkg.wordPart("numbering", "numbering.xml", shared("numbering", StylesXml::numbering));
        String firstHeader = pkg.wordPart("header", "header1.xml", shared("header-empty", () -> HeaderXml.header(false)));
        // The default header of each section: the bare page number, or a running title (one part per title).
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        java.util.function.Function<String, String> defaultHeader = title -> headers.computeIfAbsent(
                title == null ? "" : title, t -> pkg.wordPart("header", "header" + (headers.size() + 2) + ".xml", t.isEmpty()
                        ? shared("header-page-number", () -> HeaderXml.header(true))
                        : WordMarshaller.normalised(HeaderXml.runningHeader(t, WordXml.twips(document.layout().textWidthMm())))));
        List<String> note = document.pages().firstPageNoteLines();
        String qrFooter = document.qrCode() == null && note.isEmpty() ? null : firstFooter(pkg, document.qrCode(), note);

        org.docx4j.wml.Document wml = BodyBuilder.W.createDocument();
        Body body = BodyBuilder.W.createBody();
        BodyBuilder builder = new BodyBuilder(document.layout(), body.getContent());
        // The first section is the document's own (no header on page 1, its footer there); a section that follows
        // (a regulation bound into its order's file) has its header on every page, its pages numbered on.
        builder.sections((n, title) -> n == 0 ? builder.sectionProperties(defaultHeader.apply(title), firstHeader, qrFooter)
                : builder.sectionProperties(defaultHeader.apply(title), null, null), document.pages().runningTitle());
        builder.blocks(document.blocks());
        body.setSectPr(builder.lastSection());
        wml.setBody(body);
        pkg.main(out -> WordMarshaller.marshal(wml, out));
        pkg.coreProperties(coreProperties(document.metadata()));
        return pkg.write(document.metadata().date());
    }

    /**
     * The first page's footer: the note «В дело …» at the left (style Note, no spacing, so that its height is its
     * lines') and the QR code at the right; either may be absent. Returns its relationship id.
     */
    private static String firstFooter(DocxPackage pkg, String qrText, List<String> note) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < note.size(); i++) {
            if (i > 0) {
                lines.append("<w:r><w:br/></w:r>");
            }
            lines.append("<w:r><w:t xml:space=\"preserve\">").append(WordXml.escape(note.get(i))).append("</w:t></w:r>");
        }
        String notePara = note.isEmpty() ? "" : "<w:p><w:pPr><w:pStyle w:val=\"" + ru.lokalakt.document.Style.NOTE.id()
                + "\"/><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>" + lines + "</w:p>";
        if (qrText == null) {
            String xml = "<w:ftr " + WordXml.NAMESPACES + ">" + notePara + "</w:ftr>";
            return pkg.wordPart("footer", "footer1.xml", WordMarshaller.normalised(xml));
        }
        return qrFooter(pkg, qrText, notePara);
    }

    /** The first page's footer with the QR code at the right, after {@code before} (a note, or nothing). */
    private static String qrFooter(DocxPackage pkg, String text, String before) {
        String imageId = pkg.image("word/footer1.xml", "qr.png", QrCode.of(text).png(8));
        long side = Math.round(QrCode.SIZE_MM * 36000);   // EMU
        String name = "QR-код: " + text;
        String xml = "<w:ftr " + WordXml.NAMESPACES + " xmlns:wp=\"" + DRAWING_NS + "wordprocessingDrawing\""
                + " xmlns:a=\"" + DRAWING_NS + "main\" xmlns:pic=\"" + DRAWING_NS + "picture\">" + before
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:drawing>"
                + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + side + "\" cy=\"" + side + "\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:docPr id=\"1\" name=\"qr.png\" descr=\"" + WordXml.escape(name) + "\"/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"" + DRAWING_NS + "picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"2\" name=\"qr.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + imageId + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + side + "\" cy=\"" + side + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:ftr>";
        return pkg.wordPart("footer", "footer1.xml", WordMarshaller.normalised(xml));
    }

    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/";

    private static byte[] coreProperties(Metadata meta) {
        String stamp = meta.date() + "T00:00:00Z";
        String xml = DocxPackage.XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + WordXml.escape(meta.title()) + "</dc:title>"
                + (meta.subject() == null ? "" : "<dc:subject>" + WordXml.escape(meta.subject()) + "</dc:subject>")
                + "<dc:creator>" + WordXml.escape(meta.author()) + "</dc:creator>"
                + "<cp:lastModifiedBy>" + WordXml.escape(meta.author()) + "</cp:lastModifiedBy>"
                + "<dc:language>" + WordXml.escape(meta.language()) + "</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + stamp + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + stamp + "</dcterms:modified>"
                + "</cp:coreProperties>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A part that is the same for many documents, marshalled only the first time. */
    private static byte[] shared(String key, java.util.function.Supplier<String> xml) {
        return SHARED_PARTS.computeIfAbsent(key, k -> WordMarshaller.normalised(xml.get()));
    }
}
