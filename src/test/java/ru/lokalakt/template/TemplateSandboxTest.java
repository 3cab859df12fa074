package ru.lokalakt.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.render.docx.DocxRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateSandboxTest {
    @TempDir
    Path dir;

    private Document render(String body, Map<String, Object> model) throws Exception {
        Files.writeString(dir.resolve("t.ftlx"), "<document title=\"t\" author=\"a\" date=\"2024-01-01\">" + body + "</document>");
        return new TemplateEngine(dir).render("t", model, "test.yaml");
    }

    @Test
    void valuesStayText() throws Exception {
        String hostile = "<b>&amp;</w:t></w:r>${x}<#if true>\"'";
        Document d = render("<p>${v}</p>", Map.of("v", hostile));
        assertEquals(hostile, Inlines.plainText(((Paragraph) d.blocks().get(0)).content()));
        byte[] docx = new DocxRenderer().render(d);
        String text = ru.lokalakt.DocxReader.text(docx);
        assertTrue(text.contains(hostile), text);
    }

    @Test
    void noJavaReachableFromTemplates() {
        assertThrows(TemplateFailure.class, () -> render(
                "<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>", Map.of()));
        assertThrows(TemplateFailure.class, () -> render(
                "<p>${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}</p>", Map.of()));
        assertThrows(TemplateFailure.class, () -> render("<p>${m?api.getClass()}</p>", Map.of("m", Map.of("a", "b"))));
        assertThrows(TemplateFailure.class, () -> render("<p>${statics[\"java.lang.System\"]}</p>", Map.of()));
    }

    @Test
    void errorsNameTemplateLineAndProfile() {
        TemplateFailure e = assertThrows(TemplateFailure.class, () -> render("<p>\n${missing.value}</p>", Map.of()));
        assertTrue(e.getMessage().contains("t.ftlx"), e.getMessage());
        assertTrue(e.getMessage().contains("строка 2"), e.getMessage());
        assertTrue(e.getMessage().contains("test.yaml"), e.getMessage());
    }
}
