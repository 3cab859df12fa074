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
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.render.Renderer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DOCX through docx4j. Parts are written as WordprocessingML and unmarshalled once each; the package is then
 * re-zipped with the document's date on every entry so that the same document gives the same bytes.
 */
public final class DocxRenderer implements Renderer {
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
            fill(styles, StylesXml.styles(document.layout()));
            main.addTargetPart(styles);

            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            fill(numbering, StylesXml.numbering());
            main.addTargetPart(numbering);

            Relationship firstHeader = addHeader(main, "/word/header1.xml", false);
            Relationship defaultHeader = addHeader(main, "/word/header2.xml", true);

            String body = new BodyXml(document.layout()).write(document.blocks(), defaultHeader.getId(), firstHeader.getId());
            fill(main, body);

            properties(pkg, document.metadata());

            ByteArrayOutputStream raw = new ByteArrayOutputStream(65536);
            pkg.save(raw);
            return StableZip.rewrite(raw.toByteArray(), document.metadata().date());
        } catch (Docx4JException e) {
            throw new RenderException("не удалось собрать DOCX: " + e.getMessage(), e);
        }
    }

    private static Relationship addHeader(MainDocumentPart main, String name, boolean withPageNumber)
            throws InvalidFormatException {
        HeaderPart header = new HeaderPart(new PartName(name));
        fill(header, BodyXml.header(withPageNumber));
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(JaxbXmlPart part, String xml) throws InvalidFormatException {
        try {
            part.setJaxbElement(part.unmarshal(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new InvalidFormatException("часть " + part.getPartName() + ": " + e.getMessage(), e);
        }
    }
}
