package ru.lokalakt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.document.Document;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The papers around the regulation that the federal guidelines ask for: the order appointing the platform's
 * administrator (п. 15), the application to register the institution (п. 19), the notice to parents (п. 17.1) and
 * the page for the website (п. 17.2), for every kind, from the same profile.
 */
class SferumPackageTest {
    private static final double PAGE_WIDTH = 595.3;

    static List<String> ids() {
        return Examples.IDS;
    }

    private static String docx(Profile p, String doc) throws Exception {
        return DocxReader.text(new DocxRenderer().render(Examples.generator().document(p, doc))).replace('\u00A0', ' ');
    }

    /** A value of the profile as the documents print it: quotes in quotes nested as the profile asks. */
    private static String value(Profile p, String path) {
        Object v = p.get(path);
        String s = v instanceof Map<?, ?> m ? String.valueOf(m.get("nom")) : String.valueOf(v);
        return new ru.lokalakt.russian.Typography("typographic".equals(p.string("typography.quotes"))
                ? ru.lokalakt.russian.Typography.QuoteNesting.TYPOGRAPHIC : ru.lokalakt.russian.Typography.QuoteNesting.SAME).quotes(s);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDocumentOfThePackagePassesTheProofreadingChecks(String id) {
        Generator generator = Examples.generator();
        assertEquals(List.of(), generator.lint(Examples.load(id), Examples.DOCUMENTS), id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theAppointmentOrderNamesTheAdministratorWithContactsAndHasTheOrdersRequisites(String id) throws Exception {
        Profile p = Examples.load(id);
        String text = docx(p, "sferum/prikaz-administrator");
        String admin = "staff." + p.get("administrator.staff");
        String number = value(p, "administrator.order.number");
        assertTrue(text.contains("ПРИКАЗ\n") && text.contains("№ " + number), text);
        assertTrue(text.contains("О назначении администратора ИКОП «Сферум»"), text);
        assertTrue(text.contains("ПРИКАЗЫВАЮ:"), text);
        assertTrue(text.contains("Назначить администратором ИКОП «Сферум»"), text);
        assertTrue(text.contains(value(p, admin + ".phone")) && text.contains(value(p, admin + ".email")), "contacts, п. 19.5");
        // The order cites the regulation's section only when the regulation is approved by the order's date.
        boolean afterRegulation = value(p, "administrator.order.date").compareTo(value(p, "order.date")) >= 0;
        assertEquals(afterRegulation, text.contains("разделом «Организация работы участников образовательных отношений в ИКОП „Сферум“»"),
                "refers to the regulation's section on the administrator's duties only once it is approved");
        assertEquals(afterRegulation, text.replace('\u00A0', ' ').contains("с Положением"),
                "the preamble cites no regulation not yet approved");
        String regulation = docx(p, "sferum/polozhenie");
        assertTrue(regulation.contains("Организация работы участников образовательных отношений в ИКОП «Сферум»"),
                "that section exists in the regulation");
        assertTrue(text.contains("Лист ознакомления с приказом от ") && text.contains(value(p, admin + ".surname")),
                "the administrator signs the acknowledgement sheet");
        assertTrue(text.contains("Контроль за исполнением настоящего приказа"), text);
    }

    @Test
    void additionalAdministratorsAreAppointedToo() throws Exception {
        Location here = new Location(Path.of("test"), 1, 1);
        Profile p = Examples.load("litsey-derzhava").with("administrator.additional", List.of("deputy"), here);
        String text = docx(p, "sferum/prikaz-administrator");
        assertTrue(text.contains("дополнительными администраторами — заместителя директора по УВР Титову А. А."), text);
        assertFalse(text.contains("..") , "no double full stop after initials");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theApplicationCarriesTheFiveItemsOfTheGuidelinesWithTheProfilesValues(String id) throws Exception {
        Profile p = Examples.load(id);
        String text = docx(p, "sferum/zayavka");
        String admin = "staff." + p.get("administrator.staff");
        assertTrue(text.contains("Оператору ИКОП «Сферум»")
                && text.contains(value(p, "platform.support_email")), "addressee");
        assertTrue(text.contains(value(p, "institution.address")) && text.contains("тел. " + value(p, "institution.phone"))
                && text.contains(value(p, "institution.email")), "the sender's postal address, phone and e-mail");
        assertTrue(text.contains("Место нахождения:"), "«место нахождения» (ст. 54 ГК РФ)");
        assertTrue(text.contains(value(p, "application.date").substring(8, 10) + "." + value(p, "application.date").substring(5, 7))
                && text.contains("№ " + value(p, "application.number")), "outgoing date and number");
        assertTrue(text.contains("полное — " + value(p, "institution.full_name")), "1) full name");
        assertTrue(text.contains("сокращённое — " + value(p, "institution.short_name")), "1) short name");
        assertTrue(text.contains("г. " + value(p, "institution.city")) && text.contains(value(p, "institution.municipality"))
                && text.contains(value(p, "region.name")), "2) location: settlement, municipality, federal subject");
        assertTrue(text.contains(value(p, admin + ".surname")) && text.contains(value(p, admin + ".phone"))
                && text.contains(value(p, admin + ".email")), "3) the administrator and contacts");
        assertTrue(text.contains("ИНН " + value(p, "institution.inn") + ", КПП " + value(p, "institution.kpp")), "4) ИНН and КПП");
        assertTrue(text.contains("от " + value(p, "administrator.order.date").substring(8, 10)) && text.contains("№ "
                + value(p, "administrator.order.number") + " «О назначении администратора ИКОП „Сферум“»"), "5) the order");
        assertTrue(text.contains("Приложение: копия приказа"), "the order appended");
    }

    @Test
    void theApplicationsAddresseeStandsAtTheRightAndTheSenderAtTheLeft() {
        Document d = Examples.generator().document(Examples.load("ktis"), "sferum/zayavka");
        List<PdfText.Word> words = PdfText.words(new PdfRenderer().render(d));
        PdfText.Word addressee = words.stream().filter(w -> w.text().equals("Оператору")).findFirst().orElseThrow();
        // The college's letterhead starts with its superior ministry, as its orders do.
        PdfText.Word sender = words.stream().filter(w -> w.text().equals("МИНИСТЕРСТВО")).findFirst().orElseThrow();
        assertEquals(1, addressee.page());
        assertTrue(addressee.x() > PAGE_WIDTH / 2, "addressee at the right: " + addressee);
        assertTrue(sender.x() < PAGE_WIDTH / 3 && Math.abs(sender.y() - addressee.y()) < 2, "sender at the left, level: " + sender);
        PdfText.Word inn = words.stream().filter(w -> w.text().equals("ИНН")).findFirst().orElseThrow();
        assertTrue(inn.y() < words.stream().filter(w -> w.text().equals("О")).findFirst().orElseThrow().y(),
                "the sender's requisites stand above the heading");
    }

    @Test
    void theNoticeSpeaksToParentsOfAKindergartenAndToLearnersWhereTheyHaveAccounts() throws Exception {
        String kindergarten = docx(Examples.load("detsad-44"), "sferum/pamyatka");
        assertTrue(kindergarten.contains("для родителей (законных представителей) воспитанников:"), kindergarten);
        assertFalse(kindergarten.contains("самих"), "no learners' accounts in a kindergarten");
        assertTrue(kindergarten.contains("МАДОУ «Детский сад № 44»") && kindergarten.contains("11.11.2024"),
                "a document of the institution: its name and date");
        String college = docx(Examples.load("ktis"), "sferum/pamyatka");
        assertTrue(college.contains("для студентов и родителей (законных представителей) несовершеннолетних студентов"), college);
        assertTrue(college.contains("Правила общения в чатах") && college.contains("бесплатный") && college.contains("посторонних"),
                "free, closed to outsiders, rules of behaviour");
        assertTrue(college.contains("Ермаковой Т. С.") && college.contains("+7 900 000-00-03"), "whom to ask");
        String school = docx(Examples.load("litsey-derzhava"), "sferum/pamyatka");
        assertTrue(school.contains("учётной записью РГИС «Моя школа»"), "joining through the regional system where linked");
        assertFalse(college.contains("учётной записью"), "no regional system in Primorye's profile");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theWebsitePageIsHtmlWithTheDocumentsRecommendationsAndContacts(String id) {
        Profile p = Examples.load(id);
        String html = new String(new HtmlRenderer().render(Examples.generator().document(p, "sferum/sayt")), StandardCharsets.UTF_8)
                .replace('\u00A0', ' ');
        assertTrue(html.contains("<title>Информационно-коммуникационная образовательная платформа «Сферум» в "), html);
        assertTrue(html.contains("Рекомендации участникам образовательных отношений"), html);
        assertTrue(html.contains(value(p, "platform.help_site")) && html.contains(value(p, "platform.support_email")));
        assertTrue(html.contains("№ " + value(p, "order.number")) && html.contains("№ " + value(p, "administrator.order.number")),
                "both orders cited");
    }

    @Test
    void aDocumentWhoseFactsAreMissingIsRefusedWithItsFieldsTheOthersStillMade() {
        Profile p = Examples.load("litsey-derzhava").with("application", Map.of(), new Location(Path.of("test"), 1, 1));
        ProfileException e = assertThrows(ProfileException.class, () -> Examples.generator().document(p, "sferum/zayavka"));
        assertTrue(e.getMessage().contains("для документа «sferum/zayavka» не заданы поля: application.date, application.number"),
                e.getMessage());
        assertTrue(Examples.generator().document(p, "sferum/pamyatka") != null);
    }
}
