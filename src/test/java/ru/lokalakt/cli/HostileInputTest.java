package ru.lokalakt.cli;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void markupInAValueIsPrintedLiterallyInDocxAndPdf() throws Exception {
        String hostile = "Школа <b>&amp; </w:t></w:r> ${x} <#if true>";
        Path profile = dir.resolve("hostile.yaml");
        Files.writeString(profile, "extends: " + Examples.profile("litsey-derzhava") + "\nid: hostile\n"
                + "order:\n  heading: '" + hostile + "'\n");
        Cli.Result r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(),
                "--doc", "sferum/prikaz", "--force");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String docx = DocxReader.text(Files.readAllBytes(dir.resolve("out/hostile/sferum-prikaz.docx")));
        assertTrue(docx.contains(hostile), docx);
        PdfReader reader = new PdfReader(Files.readAllBytes(dir.resolve("out/hostile/sferum-prikaz.pdf")));
        String pdf = new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00A0', ' ');
        assertTrue(pdf.replaceAll("\\s+", " ").contains(hostile), pdf);
    }

    @Test
    void aRegionsOwnTemplatesLiveInTheSameSandbox() throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("own"));
        Files.writeString(templates.resolve("own/doc.ftlx"), "<document title=\"t\" author=\"a\" date=\"2024-01-01\">"
                + "<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p></document>");
        Cli.Result r = Cli.run("generate", Examples.profile("ktis").toString(), "-o", dir.resolve("out").toString(),
                "--templates", templates.toString());
        String message = r.err();
        assertEquals(ExitCode.INVALID_INPUT, r.code(), message);
        assertTrue(message.contains("own/doc.ftlx") && message.contains("строка 1"), message);
        assertFalse(Files.exists(dir.resolve("out/ktis")));
    }

    @Test
    void anInternalErrorIsOneLineAndAReportFile() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.internalError(new IllegalStateException("сбой"), new PrintWriter(err));
        assertEquals(ExitCode.INTERNAL, code);
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertFalse(line.contains("IllegalStateException") || line.contains("сбой"), "no trace or library text: " + line);
        Path report = Path.of(line.substring(line.indexOf("сохранён в ") + "сохранён в ".length(), line.length() - 1));
        assertTrue(Files.readString(report).contains("IllegalStateException"));
        Files.delete(report);
    }

    /** An error, not only an exception, is the one line with a report: a template that calls itself forever. */
    @Test
    void aStackOverflowIsOneLineAndAReportFileNotATrace() throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("own"));
        Files.writeString(templates.resolve("own/doc.ftlx"), "<#macro again><@again/></#macro><@again/>");
        Cli.Result r = Cli.run("validate", Examples.profile("ktis").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        Cli.Result overflow = Cli.run("generate", Examples.profile("ktis").toString(), "-o", dir.resolve("out").toString(),
                "--templates", templates.toString(), "--doc", "own/doc");
        String line = overflow.err().strip();
        assertEquals(ExitCode.INTERNAL, overflow.code(), line);
        assertTrue(line.matches("lokalakt: внутренняя ошибка программы \\(отчёт \\S+ сохранён в \\S+\\)"), line);
        Path report = Path.of(line.substring(line.indexOf("сохранён в ") + "сохранён в ".length(), line.length() - 1));
        assertTrue(Files.readString(report).contains("StackOverflowError"));
        Files.delete(report);
        assertFalse(Files.exists(dir.resolve("out/ktis")), "nothing written");
    }
}
