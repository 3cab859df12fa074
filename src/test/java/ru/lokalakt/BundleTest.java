package ru.lokalakt;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --bundle: the order and its regulation in one file, the regulation as appendix No. 1 numbered on its own. */
class BundleTest {
    @TempDir
    Path dir;

    static List<String> ids() {
        return Examples.IDS;
    }

    private static RenderedFile bundle(String id, ru.lokalakt.render.Renderer renderer) {
        Generator g = new Generator(Examples.engine(), List.of(renderer), false, true);
        List<RenderedFile> files = g.render(Examples.load(id), List.of(Examples.ORDER, Examples.REGULATION));
        assertEquals(1, files.size(), "one file");
        assertEquals("sferum-prikaz-polozhenie." + renderer.extension(), files.get(0).fileName());
        return files.get(0);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theDocxNumbersTheAppendixFromOneAgainAsWordReplaysIt(String id) throws Exception {
        byte[] docx = bundle(id, new DocxRenderer()).bytes();
        String numbering = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/numbering.xml")) {
                    numbering = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"), "a second instance of the clause list, restarted");
        // Word's counters: one set per abstract list; an instance with a start override begins again at its first use.
        int[] counters = new int[3];
        Integer current = null;
        List<String> labels = new ArrayList<>();
        List<Integer> instances = new ArrayList<>();
        for (DocxReader.Para p : DocxReader.paragraphs(docx)) {
            if (!p.numbered() || p.numId() == 2) {
                continue;
            }
            if (current != null && !current.equals(p.numId())) {
                java.util.Arrays.fill(counters, 0);
            }
            current = p.numId();
            instances.add(p.numId());
            counters[p.level()]++;
            for (int i = p.level() + 1; i < counters.length; i++) {
                counters[i] = 0;
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i <= p.level(); i++) {
                label.append(counters[i]).append('.');
            }
            labels.add(label.toString());
        }
        Generator plain = Examples.generator();
        Document order = plain.document(Examples.load(id), Examples.ORDER);
        int orderClauses = ClauseNumbering.labels(order).size();
        assertTrue(instances.subList(0, orderClauses).stream().allMatch(n -> n == 1), "the order's own list");
        assertTrue(instances.subList(orderClauses, instances.size()).stream().allMatch(n -> n == 3), "the appendix's list");
        List<String> expected = new ArrayList<>(ClauseNumbering.labels(order));
        expected.addAll(ClauseNumbering.labels(plain.document(Examples.load(id), Examples.REGULATION)));
        assertEquals(expected, labels);
        assertEquals("1.", labels.get(orderClauses), "the appendix starts at 1.");
        assertEquals("1.1.", labels.get(orderClauses + 1));
    }

    /**
     * A page break is «page break before» on the paragraph after it: an empty paragraph holding the break would take
     * a line of its own and, on a full page, leave an empty page in Word and LibreOffice. Only after the executor's
     * frame does the break stay a paragraph, since a frame is anchored to the paragraph that follows it.
     */
    @ParameterizedTest
    @MethodSource("ids")
    void pagesBreakBeforeTheNextParagraphNotInAnEmptyOne(String id) throws Exception {
        byte[] docx = bundle(id, new DocxRenderer()).bytes();
        List<Object> body = DocxReader.open(docx).getMainDocumentPart().getContent();
        int breakParagraphs = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof org.docx4j.wml.P p && org.docx4j.XmlUtils.marshaltoString(p).contains("w:type=\"page\"")) {
                breakParagraphs++;
                assertTrue(i > 0 && body.get(i - 1) instanceof org.docx4j.wml.P before && before.getPPr() != null
                        && before.getPPr().getFramePr() != null, "a break paragraph only after the executor's frame");
            }
        }
        String xml = DocxReader.open(docx).getMainDocumentPart().getXML();
        int before = xml.split("<w:pageBreakBefore", -1).length - 1;
        // A regulation with a running header of its own starts a section (a section break starts a page too), and
        // the acknowledgement sheet after it another, back to the order's page numbers.
        int sections = xml.split("<w:sectPr", -1).length - 2;
        boolean running = Examples.load(id).get("polozhenie.running_header") == Boolean.TRUE;
        assertEquals(running ? 2 : 0, sections, "sections");
        assertEquals(2, before + breakParagraphs + sections, "the appendix and the acknowledgement sheet each start a page");
        boolean appendixStartsAPage = false;
        for (int i = 1; i < body.size(); i++) {
            String own = org.docx4j.XmlUtils.marshaltoString(body.get(i));
            if (org.docx4j.TextUtils.getText(body.get(i)).startsWith("ПРИНЯТО")) {
                String previous = org.docx4j.XmlUtils.marshaltoString(body.get(i - 1));
                appendixStartsAPage = own.contains("<w:pageBreakBefore") || previous.contains("w:type=\"page\"")
                        || previous.contains("<w:sectPr");
                break;
            }
        }
        assertTrue(appendixStartsAPage, "the regulation's approval block starts its page");
        assertFalse(DocxReader.text(docx).contains("Приложение"), "one stamp, «УТВЕРЖДЕНО приказом …», no appendix mark above it");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void thePdfCountsPagesOnAndTheAppendixStartsANewPage(String id) {
        byte[] pdf = bundle(id, new PdfRenderer()).bytes();
        Generator plain = Examples.generator();
        int orderPages = PdfText.pages(new PdfRenderer().render(plain.document(Examples.load(id), Examples.ORDER)));
        int appendixPages = PdfText.pages(new PdfRenderer().render(plain.document(Examples.load(id), Examples.REGULATION)));
        int pages = PdfText.pages(pdf);
        assertEquals(orderPages + appendixPages, pages, "the order's pages, then the regulation's, nothing lost");
        int appendixPage = -1;
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.text(pdf, page, page);
            if (page > 1) {
                // A bare number, or the regulation's own running header «… страница N из M» on its pages.
                assertTrue(text.startsWith(String.valueOf(page)) || text.lines().findFirst().orElse("")
                        .replace('\u00A0', ' ').endsWith("страница " + page + " из " + pages),
                        "page " + page + " is numbered " + page + ": " + text.substring(0, 60));
            }
            if (text.contains("ПОЛОЖЕНИЕ") && appendixPage < 0) {
                appendixPage = page;
            }
        }
        assertTrue(appendixPage > 1, "the appendix starts a page of its own after the order");
        String first = PdfText.text(pdf, appendixPage, appendixPage).replace('\u00A0', ' ');
        assertTrue(first.contains("ПОЛОЖЕНИЕ") && first.contains("1. Общие положения"), "its title and section 1: " + first);
        String last = PdfText.text(pdf, pages, pages);
        assertTrue(last.contains("Лист ознакомления"), "the order's acknowledgement sheet stays last");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void generateAndBatchWriteTheBundleInsteadOfTheTwoFiles(String id) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, ru.lokalakt.cli.CliAccess.run("generate", Examples.profile(id).toString(), "-o", out.toString(),
                "--bundle", "--format", "docx"));
        List<String> names;
        try (var files = Files.list(out.resolve(id))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        // Each package's order and the regulation it approves make one file: the examples use two packages.
        assertEquals(List.of("eo-prikaz-polozhenie.docx", "sferum-pamyatka.docx", "sferum-prikaz-administrator.docx", "sferum-prikaz-polozhenie.docx",
                "sferum-sayt.docx", "sferum-zayavka.docx"), names);
        Path batch = dir.resolve("batch");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/p.yaml"), "extends: " + Examples.profile(id) + "\nid: bundled\n");
        ru.lokalakt.cli.CliAccess.run("batch", dir.resolve("in").toString(), "-o", batch.toString(), "--bundle",
                "--format", "pdf");
        String manifest = Files.readString(batch.resolve("manifest.csv"));
        assertTrue(manifest.contains(",sferum/prikaz-polozhenie,pdf,") && !manifest.contains(",sferum/polozhenie,"), manifest);
    }
}
