package ru.lokalakt.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF has as many pages as the DOCX has in a word processor: LibreOffice, standing in for Word, converts our
 * DOCX of every document and of the bundle, and its page count must equal our PDF's. Needs LibreOffice and the
 * Liberation fonts (metric twins of Times New Roman); skipped with a message where they are missing, CI installs
 * them.
 */
class LibreOfficePagesTest {
    @TempDir
    Path dir;

    static List<String> ids() {
        return Examples.IDS;
    }

    @BeforeAll
    static void tools() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"),
                "LibreOffice не установлен (apt-get install libreoffice-writer-nogui): сверка числа страниц пропущена");
        Assumptions.assumeTrue(onPath("fc-match"), "fontconfig не установлен: не узнать, каким шрифтом LibreOffice "
                + "наберёт Times New Roman; сверка числа страниц пропущена");
        String font = run(List.of("fc-match", "-f", "%{family}", "Times New Roman"));
        Assumptions.assumeTrue(font.contains("Liberation"),
                "шрифты Liberation не установлены (apt-get install fonts-liberation): LibreOffice подставил бы «" + font
                        + "», сверка числа страниц пропущена");
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return out;
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDocumentAndTheBundleHaveLibreOfficesPageCount(String id) throws Exception {
        Map<String, RenderedFile[]> files = new LinkedHashMap<>();
        for (boolean bundle : new boolean[]{false, true}) {
            Generator g = new Generator(Examples.engine(), List.of(new DocxRenderer(), new PdfRenderer()), false, bundle);
            List<String> docs = bundle ? List.of(Generator.BUNDLE_ORDER, Generator.BUNDLE_APPENDIX) : Examples.DOCUMENTS;
            List<RenderedFile> rendered = g.render(Examples.load(id), docs);
            for (int i = 0; i < rendered.size(); i += 2) {
                files.put(rendered.get(i).documentId(), new RenderedFile[]{rendered.get(i), rendered.get(i + 1)});
            }
        }
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf", "--outdir",
                dir.resolve("lo").toString()));
        for (RenderedFile[] f : files.values()) {
            Path docx = dir.resolve(f[0].fileName());
            Files.write(docx, f[0].bytes());
            command.add(docx.toString());
        }
        String log = run(command);
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, RenderedFile[]> e : files.entrySet()) {
            Path converted = dir.resolve("lo").resolve(e.getValue()[0].fileName().replace(".docx", ".pdf"));
            assertTrue(Files.isRegularFile(converted), "LibreOffice converted " + e.getKey() + ": " + log);
            int theirs = PdfText.pages(Files.readAllBytes(converted));
            int ours = PdfText.pages(e.getValue()[1].bytes());
            if (theirs != ours) {
                differ.add(e.getKey() + ": наш PDF " + ours + ", LibreOffice " + theirs);
            }
        }
        assertEquals(List.of(), differ, id);
        assertEquals(Examples.DOCUMENTS.size() + 1, files.size(), "every document and the bundle compared");
    }
}
