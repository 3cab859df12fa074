package ru.lokalakt.render.docx;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.render.Renderer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DOCX through docx4j. The body is built as docx4j objects; styles, numbering and headers, the same for every
 * document of a font size, are parsed once and shared (marshalling only reads them). The package is then
 * re-zipped with the document's date on every entry so that the same document gives the same bytes.
 */
public final class DocxRenderer implements Renderer {
    private static final Map<String, Object> SHARED_PARTS = new ConcurrentHashMap<>();

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public byte[] render(Document document) {
        try {
            // A bare package: createPackage() would build default styles and settings only to have them replaced.
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            pkg.addTargetPart(main);

            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            share(styles, "styles-" + document.layout().fontSizePt(), () -> StylesXml.styles(document.layout()));
            main.addTargetPart(styles);

            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            share(numbering, "numbering", StylesXml::numbering);
            main.addTargetPart(numbering);

            Relationship firstHeader = addHeader(main, "/word/header1.xml", false);
            Relationship defaultHeader;
            if (document.pages().runningTitle() == null) {
                defaultHeader = addHeader(main, "/word/header2.xml", true);
            } else {
                HeaderPart running = new HeaderPart(new PartName("/word/header2.xml"));
                fill(running, HeaderXml.runningHeader(document.pages().runningTitle(),
                        WordXml.twips(document.layout().textWidthMm())));
                defaultHeader = main.addTargetPart(running);
            }

            String qrFooter = document.qrCode() == null ? null : addQrFooter(pkg, main, document.qrCode());

            org.docx4j.wml.Document wml = org.docx4j.jaxb.Context.getWmlObjectFactory().createDocument();
            Body body = org.docx4j.jaxb.Context.getWmlObjectFactory().createBody();
            BodyBuilder builder = new BodyBuilder(document.layout(), body.getContent());
            builder.blocks(document.blocks(), 0);
            body.setSectPr(builder.sectionProperties(defaultHeader.getId(), firstHeader.getId(), qrFooter));
            wml.setBody(body);
            main.setJaxbElement(wml);

            properties(pkg, document.metadata());

            ByteArrayOutputStream raw = new ByteArrayOutputStream(65536);
            pkg.save(raw);
            return StableZip.rewrite(raw.toByteArray(), document.metadata().date());
        } catch (Docx4JException e) {
            throw new RenderException("не удалось собрать DOCX: " + e.getMessage(), e);
        }
    }

    /** The first page's footer with the QR code at the right; returns its relationship id. */
    private static String addQrFooter(WordprocessingMLPackage pkg, MainDocumentPart main, String text)
            throws Docx4JException {
        org.docx4j.wml.ObjectFactory w = org.docx4j.jaxb.Context.getWmlObjectFactory();
        org.docx4j.openpackaging.parts.WordprocessingML.FooterPart footer =
                new org.docx4j.openpackaging.parts.WordprocessingML.FooterPart(new PartName("/word/footer1.xml"));
        Relationship rel = main.addTargetPart(footer);
        org.docx4j.dml.wordprocessingDrawing.Inline inline;
        try {
            var image = org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage.createImagePart(
                    pkg, footer, ru.lokalakt.render.QrCode.of(text).png(8));
            inline = image.createImageInline("qr.png", "QR-код: " + text, 1, 2,
                    WordXml.twips(ru.lokalakt.render.QrCode.SIZE_MM), false);
        } catch (Docx4JException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderException("QR-код не встраивается в DOCX: " + e.getMessage(), e);
        }
        org.docx4j.wml.P p = w.createP();
        org.docx4j.wml.PPr ppr = w.createPPr();
        org.docx4j.wml.Jc jc = w.createJc();
        jc.setVal(org.docx4j.wml.JcEnumeration.RIGHT);
        ppr.setJc(jc);
        p.setPPr(ppr);
        org.docx4j.wml.R r = w.createR();
        org.docx4j.wml.Drawing drawing = w.createDrawing();
        drawing.getAnchorOrInline().add(inline);
        r.getContent().add(drawing);
        p.getContent().add(r);
        org.docx4j.wml.Ftr ftr = w.createFtr();
        ftr.getContent().add(p);
        footer.setJaxbElement(ftr);
        return rel.getId();
    }

    private static Relationship addHeader(MainDocumentPart main, String name, boolean withPageNumber)
            throws InvalidFormatException {
        HeaderPart header = new HeaderPart(new PartName(name));
        share(header, "header-" + withPageNumber, () -> HeaderXml.header(withPageNumber));
        return main.addTargetPart(header);
    }

    private static void properties(WordprocessingMLPackage pkg, Metadata meta) throws Docx4JException {
        DocPropsCorePart core = pkg.getDocPropsCorePart();
        if (core == null) {
            pkg.addDocPropsCorePart();
            core = pkg.getDocPropsCorePart();
        }
        String stamp = meta.date() + "T00:00:00Z";
        String xml = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
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
        fill(core, xml);
    }

    /** Sets a part's content from XML that is the same for many documents, parsing it only the first time. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void share(JaxbXmlPart part, String key, java.util.function.Supplier<String> xml)
            throws InvalidFormatException {
        Object content = SHARED_PARTS.get(key);
        if (content == null) {
            content = unmarshal(part, xml.get());
            SHARED_PARTS.putIfAbsent(key, content);
        }
        part.setJaxbElement(content);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(JaxbXmlPart part, String xml) throws InvalidFormatException {
        part.setJaxbElement(unmarshal(part, xml));
    }

    @SuppressWarnings("rawtypes")
    private static Object unmarshal(JaxbXmlPart part, String xml) throws InvalidFormatException {
        try {
            return part.unmarshal(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new InvalidFormatException("часть " + part.getPartName() + ": " + e.getMessage(), e);
        }
    }
}
