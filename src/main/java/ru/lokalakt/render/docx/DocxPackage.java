package ru.lokalakt.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Open Packaging container of a .docx, written straight into one zip: each part once, in a fixed order, with
 * the document's date on every entry, so that the same document always gives the same bytes. Content types and
 * relationships are derived from the parts, so they cannot disagree with them.
 */
final class DocxPackage {
    static final String MAIN = "word/document.xml";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** What writes a part's bytes: most parts are ready bytes, the main document is marshalled into the zip. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    private record Part(String name, String contentType, Content content, boolean stored) {
    }

    private record Relationship(String source, String id, String type, String target) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();

    DocxPackage() {
        relationships.add(new Relationship("", "rId1", OFFICE_REL + "officeDocument", MAIN));
        relationships.add(new Relationship("", "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"));
    }

    void main(Content content) {
        parts.add(new Part(MAIN, WML_TYPE + "document.main+xml", content, false));
    }

    void coreProperties(byte[] xml) {
        parts.add(new Part("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                Content.of(xml), false));
    }

    /**
     * A WordprocessingML part related from the main document ({@code kind}: styles, numbering, header, footer);
     * returns the relationship id the body refers to it by.
     */
    String wordPart(String kind, String fileName, byte[] xml) {
        parts.add(new Part("word/" + fileName, WML_TYPE + kind + "+xml", Content.of(xml), false));
        return relate(MAIN, kind, fileName);
    }

    /** A PNG related from {@code fromPart}; stored, not deflated, as Word itself stores images. */
    String image(String fromPart, String fileName, byte[] png) {
        parts.add(new Part("word/media/" + fileName, "image/png", Content.of(png), true));
        return relate(fromPart, "image", "media/" + fileName);
    }

    private String relate(String source, String kind, String target) {
        String id = "rId" + (relationships.stream().filter(r -> r.source().equals(source)).count() + 1);
        relationships.add(new Relationship(source, id, OFFICE_REL + kind, target));
        return id;
    }

    byte[] write(LocalDate date) {
        List<Part> all = new ArrayList<>(parts);
        all.add(new Part("[Content_Types].xml", null, Content.of(contentTypes()), false));
        for (String source : relationships.stream().map(Relationship::source).distinct().toList()) {
            all.add(new Part(relsName(source), null, Content.of(rels(source)), false));
        }
        all.sort(Comparator.comparingInt((Part p) -> rank(p.name())).thenComparing(Part::name));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32768);
        LocalDateTime stamp = date.atStartOfDay();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            OutputStream unclosable = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // The marshaller closes what it writes to; the zip must stay open for the next part.
                }
            };
            for (Part part : all) {
                ZipEntry entry = new ZipEntry(part.name());
                entry.setTimeLocal(stamp);
                if (part.stored()) {
                    byte[] data = toBytes(part.content());
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                    zip.putNextEntry(entry);
                    zip.write(data);
                } else {
                    zip.putNextEntry(entry);
                    part.content().writeTo(unclosable);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] toBytes(Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        return out.toByteArray();
    }

    private byte[] contentTypes() {
        StringBuilder xml = new StringBuilder(1024).append(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        parts.stream().sorted(Comparator.comparing(Part::name)).forEach(p -> xml.append("<Override PartName=\"/")
                .append(p.name()).append("\" ContentType=\"").append(p.contentType()).append("\"/>"));
        return xml.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] rels(String source) {
        StringBuilder xml = new StringBuilder(512).append(XML_DECLARATION)
                .append("<Relationships xmlns=\"").append(RELS_NS).append("\">");
        for (Relationship r : relationships) {
            if (r.source().equals(source)) {
                xml.append("<Relationship Id=\"").append(r.id()).append("\" Type=\"").append(r.type())
                        .append("\" Target=\"").append(r.target()).append("\"/>");
            }
        }
        return xml.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Relationships of the package itself, or of a part: word/document.xml → word/_rels/document.xml.rels. */
    private static String relsName(String source) {
        if (source.isEmpty()) {
            return "_rels/.rels";
        }
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /** Word looks for [Content_Types].xml first; the rest keeps a stable alphabetical order. */
    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.startsWith("_rels/") ? 1 : 2;
    }
}
