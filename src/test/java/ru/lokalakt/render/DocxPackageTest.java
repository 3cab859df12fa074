package ru.lokalakt.render;

import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.document.Document;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.docx.DocxRenderer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip around a DOCX, written by our own package writer, read back entry by entry as Word would. */
class DocxPackageTest {
    private static final Location TEST = new Location(Path.of("test"), 1, 1);
    private static final Pattern OVERRIDE = Pattern.compile("<Override PartName=\"/([^\"]+)\"");
    private static final Pattern TARGET = Pattern.compile("Target=\"([^\"]+)\"");

    private record Entry(String name, int method, LocalDateTime time, byte[] bytes) {
    }

    private static List<Entry> entries(byte[] docx) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(new Entry(e.getName(), e.getMethod(), e.getTimeLocal(), zip.readAllBytes()));
            }
        }
        return entries;
    }

    private static Document orderWithQr() {
        Profile profile = Examples.load("ktis").with("documents.qr", "https://ktis.example/docs/", TEST);
        return Examples.generator().document(profile, "sferum/prikaz");
    }

    @Test
    void everyPartIsTypedEveryRelationshipResolvesAndContentTypesComeFirst() throws Exception {
        for (Document document : List.of(orderWithQr(), Examples.generator().document(Examples.load("litsey-derzhava"),
                "sferum/polozhenie"))) {
            List<Entry> entries = entries(new DocxRenderer().render(document));
            Map<String, Entry> byName = new LinkedHashMap<>();
            entries.forEach(e -> byName.put(e.name(), e));
            assertEquals("[Content_Types].xml", entries.get(0).name());
            String types = new String(entries.get(0).bytes(), StandardCharsets.UTF_8);
            List<String> overridden = new ArrayList<>();
            for (Matcher m = OVERRIDE.matcher(types); m.find(); ) {
                overridden.add(m.group(1));
            }
            for (Entry e : entries) {
                boolean needsType = !e.name().endsWith(".rels") && !e.name().equals("[Content_Types].xml");
                assertEquals(needsType, overridden.contains(e.name()), e.name() + " in [Content_Types].xml");
                assertEquals(document.metadata().date().atStartOfDay(), e.time(), e.name() + ": the document's date");
                if (e.name().endsWith(".rels")) {
                    String folder = e.name().startsWith("_rels/") ? ""
                            : e.name().substring(0, e.name().indexOf("_rels/"));
                    String rels = new String(e.bytes(), StandardCharsets.UTF_8);
                    for (Matcher m = TARGET.matcher(rels); m.find(); ) {
                        assertTrue(byName.containsKey(folder + m.group(1)), e.name() + " → " + m.group(1));
                    }
                }
            }
            assertTrue(byName.containsKey("word/_rels/document.xml.rels"));
            assertFalse(new String(byName.get("word/document.xml").bytes(), StandardCharsets.UTF_8).contains("<!--"),
                    "no comment naming a library in the document");
        }
    }

    @Test
    void theQrImageIsStoredAndEveryXmlPartDeflated() throws Exception {
        for (Entry e : entries(new DocxRenderer().render(orderWithQr()))) {
            int expected = e.name().endsWith(".png") ? ZipEntry.STORED : ZipEntry.DEFLATED;
            assertEquals(expected, e.method(), e.name());
        }
    }
}
