package ru.lokalakt;

import org.junit.jupiter.api.Test;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Положение's legal basis runs from federal acts to regional ones, then the charter, the institution's own acts
 * made under it, then other documents.
 */
class LegalBasisOrderTest {
    @Test
    void actsGoByTheirForceAndTheUserAgreementComesLast() throws Exception {
        List<String> items = grounds(Examples.load("litsey-derzhava"));
        int federalLaw = index(items, "Федеральный закон от 29.12.2012 № 273-ФЗ");
        int ministryLetter = index(items, "письмо Минпросвещения России от 31.07.2023 № 04-423");
        int regionalLetter = index(items, "письмо министерства образования и науки Калужской области");
        int charter = index(items, "устав МБОУ");
        int agreement = index(items, "пользовательское соглашение ИКОП «Сферум»");
        assertTrue(federalLaw < ministryLetter && ministryLetter < regionalLetter && regionalLetter < charter
                && charter < agreement, String.join("\n", items));
        assertEquals(items.size() - 1, agreement, "the agreement closes the list");
        assertTrue(items.get(agreement).endsWith("."), items.get(agreement));
        assertTrue(items.subList(0, agreement).stream().allMatch(t -> t.endsWith(";")), String.join("\n", items));
    }

    /** The list items of п. 1.2 of the profile's Положение, as the DOCX has them. */
    private static List<String> grounds(ru.lokalakt.profile.Profile profile) throws Exception {
        return DocxReader.paragraphs(new DocxRenderer().render(Examples.generator().document(profile, "sferum/polozhenie")))
                .stream().map(p -> p.text().replace('\u00A0', ' '))
                .dropWhile(t -> !t.startsWith("Положение разработано на основании"))
                .skip(1).takeWhile(t -> !t.startsWith("В настоящем Положении используются")).toList();
    }

    private static int index(List<String> items, String start) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no item starts with «" + start + "»: " + items);
    }

    @Test
    void theInstitutionsOwnActsComeAfterItsCharter() throws Exception {
        var profile = Examples.load("litsey-derzhava").with("institution.legal_basis", List.of(java.util.Map.of(
                "type", "приказ", "issuer", "МБОУ «Лицей «ДЕРЖАВА»»", "date", "2023-08-30", "number", "90-од",
                "title", "Об утверждении Положения об электронной информационно-образовательной среде")),
                new ru.lokalakt.profile.Location(java.nio.file.Path.of("test"), 1, 1));
        List<String> items = grounds(profile);
        int charter = index(items, "устав МБОУ");
        int own = index(items, "приказ МБОУ");
        int agreement = index(items, "пользовательское соглашение ИКОП «Сферум»");
        assertTrue(charter < own && own < agreement, String.join("\n", items));
    }
}
