package ru.lokalakt.generate;

import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeneratorTest {
    private static List<String> names(Generator generator) {
        return generator.render(Examples.load("detsad-44"), List.of("sferum/polozhenie", "sferum/prikaz")).stream()
                .map(RenderedFile::fileName).toList();
    }

    /** DOCX is rendered after PDF (its JAXB context may still be loading) but listed where the user put it. */
    @Test
    void filesComeInTheOrderOfDocumentsThenFormatsAsAsked() {
        assertEquals(List.of("sferum-polozhenie.docx", "sferum-polozhenie.pdf", "sferum-prikaz.docx", "sferum-prikaz.pdf"),
                names(Examples.generator(new DocxRenderer(), new PdfRenderer())));
        assertEquals(List.of("sferum-polozhenie.pdf", "sferum-polozhenie.docx", "sferum-prikaz.pdf", "sferum-prikaz.docx"),
                names(Examples.generator(new PdfRenderer(), new DocxRenderer())));
    }
}
