package ru.lokalakt;

import org.junit.jupiter.api.Test;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lyceum's order, as its seed has it, with the cases and spaces computed from the profile. */
class LyceumOrderTest {
    private static final String NBSP = "\u00A0";

    private static List<DocxReader.Para> order() throws Exception {
        return DocxReader.paragraphs(new DocxRenderer().render(
                Examples.generator().document(Examples.load("litsey-derzhava"), "sferum/prikaz")));
    }

    @Test
    void namesAndPositionsTakeTheCaseTheSentenceNeeds() throws Exception {
        String text = order().stream().map(DocxReader.Para::text).reduce("", (a, b) -> a + b + "\n");
        // One style of date in an order's text: the numeric one its own requisites and references use.
        assertTrue(text.contains("Заместителю директора по" + NBSP + "УВР Титовой" + NBSP + "А." + NBSP + "А. в" + NBSP
                + "срок до" + NBSP + "07.02.2024"), text);
        assertTrue(text.contains("с" + NBSP + "10.02.2024"), text);
        assertTrue(text.contains("возложить на" + NBSP + "Титову" + NBSP + "А." + NBSP + "А., заместителя директора по"
                + NBSP + "УВР."), text);
        assertTrue(text.contains("О." + NBSP + "Н." + NBSP + "Копылова"));
        assertTrue(text.contains("№" + NBSP + "125/1-од"));
        assertTrue(text.replace(NBSP, " ").contains(
                "на основании письма министерства образования и науки Калужской области от 31.01.2024"), text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Швец|Швец|Швец", "Черных|Черных|Черных", "Осадчая|Осадчей|Осадчую", "Петрова-Водкина|Петровой-Водкиной|Петрову-Водкину"})
    void anotherDeputyNeedsOnlyHerSurname(String surname, String dative, String accusative) throws Exception {
        ru.lokalakt.profile.Profile profile = Examples.load("litsey-derzhava")
                .with("staff.deputy.surname", surname, new ru.lokalakt.profile.Location(java.nio.file.Path.of("test"), 1, 1));
        String text = DocxReader.text(new DocxRenderer().render(Examples.generator().document(profile, "sferum/prikaz")));
        assertTrue(text.contains("Заместителю директора по" + NBSP + "УВР " + dative + NBSP + "А." + NBSP + "А. в" + NBSP
                + "срок"), text);
        assertTrue(text.contains("возложить на" + NBSP + accusative + NBSP + "А." + NBSP + "А., заместителя директора по"
                + NBSP + "УВР."), text);
    }

    @Test
    void requisitesStandInTheSeedsOrder() throws Exception {
        List<String> styles = order().stream().filter(p -> !p.inTable()).map(DocxReader.Para::style).toList();
        List<String> expected = List.of("OrgName", "OrgName", "DocKind", "Requisite", "Place", "TextHeading",
                "BodyText", "Command");
        assertEquals(expected, styles.subList(0, expected.size()));
        assertTrue(styles.indexOf("Signature") > styles.lastIndexOf("ListNumber"));
        List<DocxReader.Para> points = order().stream().filter(p -> "ListNumber".equals(p.style())).toList();
        assertEquals(8, points.size());
        assertTrue(points.stream().allMatch(p -> p.level() == 0));
    }
}
