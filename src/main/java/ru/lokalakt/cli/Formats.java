package ru.lokalakt.cli;

import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses --format docx,pdf,html into renderers. */
final class Formats {
    private Formats() {
    }

    static List<Renderer> parse(String spec, boolean pdfA) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<Renderer> renderers = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "docx" -> renderers.add(new DocxRenderer());
                case "pdf" -> renderers.add(new ru.lokalakt.render.pdf.PdfRenderer(pdfA));
                case "html" -> renderers.add(new ru.lokalakt.render.html.HtmlRenderer());
                default -> throw new UsageException("формат «" + name + "» не поддерживается: docx, pdf, html");
            }
        }
        if (renderers.isEmpty()) {
            throw new UsageException("не задан ни один формат: docx, pdf, html");
        }
        return renderers;
    }
}
