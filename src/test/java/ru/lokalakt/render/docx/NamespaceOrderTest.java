package ru.lokalakt.render.docx;

import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The root of every XML part of a DOCX declares its namespaces in one order, whatever order JAXB chose: JAXB's
 * follows the order the JVM lists the model's methods in, which an AppCDS archive changes, and the same document
 * came out in other bytes from the launcher with its archive than from a JVM without one.
 */
class NamespaceOrderTest {
    private static final Pattern XMLNS = Pattern.compile("xmlns:([a-z0-9]+)=");

    private static List<String> prefixes(String xml) {
        String root = xml.substring(xml.indexOf('<', xml.indexOf("?>") + 2), xml.indexOf('>', xml.indexOf("?>") + 2));
        List<String> out = new ArrayList<>();
        Matcher m = XMLNS.matcher(root);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyPartOfARenderedDocumentDeclaresItsNamespacesInTheOneOrder() throws Exception {
        List<String> expected = List.of("w", "w15", "w14", "r", "a", "a14", "m", "wp", "wp14", "mc", "sl", "pic");
        Generator generator = new Generator(Examples.engine(), List.of(new DocxRenderer()));
        RenderedFile docx = generator.render(Examples.load("ktis"), List.of("sferum/polozhenie")).get(0);
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().matches("word/(document|header\\d*|footer\\d*)\\.xml")) {
                    assertEquals(expected, prefixes(xml), e.getName());
                    parts++;
                }
            }
        }
        assertTrue(parts >= 2, "the body and its running header");
    }

    @Test
    void declarationsAreReorderedOnTheRootAloneAndNothingElseChanges() {
        String shuffled = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:x=\"urn:unknown\" mc:Ignorable=\"w14\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:body><w:p xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"/></w:body></w:document>";
        String ordered = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
                + " xmlns:x=\"urn:unknown\" mc:Ignorable=\"w14\">"
                + "<w:body><w:p xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"/></w:body></w:document>";
        assertEquals(ordered, new String(WordMarshaller.declaredInOrder(shuffled.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        byte[] once = ordered.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(once, WordMarshaller.declaredInOrder(once), "an ordered part is left as it is");
    }
}
