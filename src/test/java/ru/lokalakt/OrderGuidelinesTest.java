package ru.lokalakt;

import org.junit.jupiter.api.Test;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.docx.DocxRenderer;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order's point on the federal guidelines comes from the letter the profile names, not from the template. */
class OrderGuidelinesTest {
    private static final Location OPTION = new Location(Path.of("test"), 1, 1);

    private static List<String> points(Profile profile) throws Exception {
        return DocxReader.paragraphs(new DocxRenderer().render(Examples.generator().document(profile, "sferum/prikaz")))
                .stream().filter(p -> "ListNumber".equals(p.style())).map(p -> p.text().replace('\u00A0', ' ')).toList();
    }

    @Test
    void theLetterIsCitedInTheInstrumentalWithItsTitleInQuotes() throws Exception {
        List<String> points = points(Examples.load("detsad-44"));
        assertTrue(points.contains("Педагогическим работникам руководствоваться в работе с чатами методическими"
                + " рекомендациями, направленными письмом Минпросвещения России от 31.07.2023 № 04-423"
                + " «Об исполнении протокола»."), String.join("\n", points));
    }

    @Test
    void aNewerLetterNeedsOnlyNewData() throws Exception {
        Profile profile = Examples.load("litsey-derzhava")
                .with("order.guidelines.date", "2024-01-15", OPTION)
                .with("order.guidelines.number", "04-1000", OPTION)
                .with("order.guidelines.title", "О направлении методических рекомендаций", OPTION);
        assertTrue(points(profile).stream().anyMatch(p -> p.endsWith("направленными письмом Минпросвещения России"
                + " от 15.01.2024 № 04-1000 «О направлении методических рекомендаций».")));
    }

    /** A profile tree of its own, without the common file, may have no such letter. */
    @Test
    @SuppressWarnings("unchecked")
    void withoutALetterThePointIsLeftOutAndTheRestMoveUp() throws Exception {
        Profile lyceum = Examples.load("litsey-derzhava");
        List<String> with = points(lyceum);
        java.util.Map<String, Object> order = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) lyceum.get("order"));
        order.remove("guidelines");
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>(lyceum.data());
        data.put("order", order);
        List<String> without = points(new Profile(lyceum.source(), data, lyceum.locations(), lyceum.bundledProfiles()));
        assertEquals(with.size() - 1, without.size());
        assertFalse(without.stream().anyMatch(p -> p.contains("методическими рекомендациями")));
        assertEquals(with.stream().filter(p -> !p.contains("методическими рекомендациями")).toList(), without);
    }
}
