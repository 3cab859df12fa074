package ru.lokalakt.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts and dates that contradict each other: a document names nothing that did not exist at its date, the
 * signature's certificate covers every signed document, documents that cite each other are dated in order, and the
 * application names its administrator in full. One rule, one profile; each problem is one line naming both dates.
 */
class ProfileValidatorDatesTest {
    @TempDir
    Path dir;

    /** A school of Пермский край whose documents are all of September 2025: sound as it stands. */
    private static final String SCHOOL = """
            kind: school
            region: permskiy-kray
            id: shkola-5
            institution:
              full_name: Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»
              short_name: МБОУ «СШ № 5»
              city: Пермь
              municipality: Пермский городской округ
              inn: "5904012344"
              kpp: "590401001"
            head:
              surname: Петрова
              first_name: Марина
              patronymic: Александровна
              gender: female
            staff:
              admin:
                surname: Лебедева
                first_name: Наталья
                patronymic: Викторовна
                gender: female
                position: учитель информатики
                phone: +7 900 000-00-02
                email: admin@example.ru
            approval:
              date: 2025-09-01
              protocol: "1"
            order:
              date: 2025-09-02
              number: 10-од
              link_deadline: 2025-09-10
              official_from: 2025-09-15
              control: self
              executor: admin
            administrator:
              staff: admin
              order:
                date: 2025-09-03
                number: 11-од
            application:
              date: 2025-09-04
              number: "15"
            notice:
              date: 2025-09-05
            """;

    private Path file;

    private List<ProfileException.Issue> issues(String yaml) throws Exception {
        file = dir.resolve("profiles/shkola-5.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return ProfileValidator.issues(new ProfileLoader(Examples.PROFILES).load(file));
    }

    /** The one problem found, as the command line prints it. */
    private String only(String yaml) throws Exception {
        List<ProfileException.Issue> found = issues(yaml);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).line();
    }

    private String at(int line, int column, String field, String message) {
        return dir.resolve("profiles/shkola-5.yaml") + ":" + line + ":" + column + ": поле «" + field + "»: " + message;
    }

    private static String in2024(String yaml) {
        return yaml.replace("2025-09-0", "2024-11-0").replace("2025-09-1", "2024-11-1");
    }

    @Test
    void theSchoolOfSeptember2025IsSound() throws Exception {
        assertEquals(List.of(), issues(SCHOOL));
    }

    // ---- the messenger -------------------------------------------------------------------------------------------

    @Test
    void theBundledMessengerNamedBeforeItWorkedPointsAtTheEarliestDocument() throws Exception {
        assertEquals(at(26, 9, "approval.date", "мессенджер «национальный мессенджер MAX» указан с 25.08.2025, "
                + "а Положение принято 01.11.2024: укажите мессенджер, в котором учебный профиль Сферума работал "
                + "на эту дату"), only(in2024(SCHOOL)));
    }

    @Test
    void aMessengerOfTheInstitutionsOwnPointsAtItsDate() throws Exception {
        assertEquals(at(48, 10, "messenger.since", "мессенджер «VK Мессенджер» указан с 01.10.2025, а Положение "
                + "принято 01.09.2025: укажите мессенджер, в котором учебный профиль Сферума работал на эту дату"),
                only(SCHOOL + "messenger:\n  name: VK Мессенджер\n  definition: приложение\n  since: 2025-10-01\n"));
    }

    @Test
    void anotherMessengerDoesNotTakeTheDateOfTheBundledOne() throws Exception {
        assertEquals(List.of(), issues(in2024(SCHOOL) + "messenger:\n  name: VK Мессенджер\n  definition: приложение\n"));
    }

    // ---- the regional information system ---------------------------------------------------------------------------

    private void region(String since, boolean linked) throws Exception {
        Path region = dir.resolve("profiles/regions/moy-kray.yaml");
        Files.createDirectories(region.getParent());
        Files.writeString(region, """
                region:
                  name: Пермский край
                  information_system:
                    short_name: АИС «ЭПОС»
                    full_name: автоматизированная информационная система «Электронная Пермская образовательная система»
                    linked: %s
                    since: %s
                """.formatted(linked, since));
    }

    @Test
    void aLinkedSystemThatDidNotYetExistIsNamedWithBothDates() throws Exception {
        region("2025-09-03", true);
        List<ProfileException.Issue> found = issues(SCHOOL.replace("region: permskiy-kray", "region: moy-kray"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(dir.resolve("profiles/regions/moy-kray.yaml") + ":7:12: поле «region.information_system.since»: "
                + "региональная система «АИС «ЭПОС»» указана с 03.09.2025, а Положение принято 01.09.2025: "
                + "учётные записи Сферума не могли быть связаны с ней",
                found.get(0).line());
    }

    @Test
    void aSystemNotLinkedIsNotJudged() throws Exception {
        region("2025-09-03", false);
        assertEquals(List.of(), issues(SCHOOL.replace("region: permskiy-kray", "region: moy-kray")));
    }

    // ---- acts cited ------------------------------------------------------------------------------------------------

    /** The institution's own act, written into its block after the КПП (line 10). */
    private static String ownAct(String act) {
        return SCHOOL.replace("  kpp: \"590401001\"\n", "  kpp: \"590401001\"\n  legal_basis:\n" + act);
    }

    @Test
    void anActOfTheInstitutionIssuedAfterTheRegulationWasAdopted() throws Exception {
        assertEquals(at(13, 13, "institution.legal_basis.0.date", "Положение принято 01.09.2025, раньше акта, "
                + "на который ссылается: устав от 05.09.2025 № 7"),
                only(ownAct("    - type: устав\n      date: 2025-09-05\n      number: \"7\"\n")));
    }

    @Test
    void anActNotYetInForceAtTheRegulationsAdoption() throws Exception {
        String act = """
                legal_basis:
                  federal:
                    - type: постановление
                      issuer: Правительства Российской Федерации
                      date: 2023-10-11
                      in_force: 2024-09-01
                      number: "1678"
                messenger:
                  name: VK Мессенджер
                  definition: приложение
                """;
        assertEquals(at(50, 17, "legal_basis.federal.0.in_force", "Положение принято 01.02.2024, до вступления "
                + "в силу акта, на который ссылается: постановление Правительства Российской Федерации от 11.10.2023 "
                + "№ 1678 (вступает в силу 01.09.2024)"),
                only(SCHOOL.replace("2025-09-0", "2024-02-0").replace("2025-09-1", "2024-02-1") + act));
    }

    @Test
    void actsOfTheBundledCommonFileAreLeftToTheTemplate() throws Exception {
        // № 1678 of the common file comes into force on 01.09.2024; the college adopted its regulation on 06.09.2023.
        Profile college = new ProfileLoader(Examples.PROFILES).load(Examples.profile("ktis"));
        assertEquals("2024-09-01", college.get("legal_basis.federal.3.in_force"));
        assertEquals("2023-09-06", college.get("approval.date"));
        assertEquals(List.of(), ProfileValidator.problems(college));
    }

    @Test
    void aRegionalActCitedByTheOrderBeforeItWasIssued() throws Exception {
        Path region = dir.resolve("profiles/regions/moy-kray.yaml");
        Files.createDirectories(region.getParent());
        Files.writeString(region, """
                region:
                  name: Пермский край
                  legal_basis:
                    - type: письмо
                      issuer: министерства образования и науки Пермского края
                      date: 2025-09-02
                      number: СЭД-26-01-36-1
                """);
        List<ProfileException.Issue> found = issues(SCHOOL.replace("region: permskiy-kray", "region: moy-kray"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(region + ":6:13: поле «region.legal_basis.0.date»: Положение принято 01.09.2025, раньше акта, "
                + "на который ссылается: письмо министерства образования и науки Пермского края от 02.09.2025 "
                + "№ СЭД-26-01-36-1", found.get(0).line());
    }

    @Test
    void theGuidelinesOfTheInstitutionsOwnAfterTheOrdersThatCiteThem() throws Exception {
        assertEquals(at(35, 11, "order.guidelines.date", "приказ, утверждающий Положение, датирован 02.09.2025, "
                + "раньше акта, на который ссылается: письмо Минпросвещения России от 03.09.2025 № 04-1000"),
                only(SCHOOL.replace("  control: self\n",
                        "  control: self\n  guidelines:\n    date: 2025-09-03\n    number: 04-1000\n")));
    }

    @Test
    void anActInForceBeforeItsOwnDate() throws Exception {
        assertEquals(at(14, 17, "institution.legal_basis.0.in_force", "акт вступает в силу 01.09.2024, раньше "
                + "своей даты 05.09.2024"), only(ownAct("    - type: устав\n      date: 2024-09-05\n"
                + "      in_force: 2024-09-01\n      number: \"7\"\n")));
    }

    // ---- the signature -------------------------------------------------------------------------------------------

    private static String signature(String from, String to) {
        return "signature:\n  electronic:\n    certificate: \"0123456789abcdef\"\n    owner: Петрова Марина Александровна\n"
                + "    valid_from: " + from + "\n    valid_to: " + to + "\n";
    }

    @Test
    void aCertificateNotYetValidOnTheEarliestSignedDocument() throws Exception {
        assertEquals(at(49, 17, "signature.electronic.valid_from", "сертификат электронной подписи действителен "
                + "с 03.09.2025, а приказ, утверждающий Положение, подписан 02.09.2025"),
                only(SCHOOL + signature("2025-09-03", "2026-09-03")));
    }

    @Test
    void aCertificateExpiredBeforeTheLatestSignedDocument() throws Exception {
        assertEquals(at(50, 15, "signature.electronic.valid_to", "сертификат электронной подписи действителен "
                + "по 03.09.2025, а заявка на регистрацию подписана 04.09.2025"),
                only(SCHOOL + signature("2025-01-01", "2025-09-03")));
    }

    // ---- documents that cite each other ---------------------------------------------------------------------------

    @Test
    void theApplicationEnclosesTheAdministratorsOrder() throws Exception {
        assertEquals(at(41, 9, "application.date", "заявка на регистрацию датирована 02.09.2025, раньше приказа "
                + "о назначении администратора от 03.09.2025, который к ней приложен"),
                only(SCHOOL.replace("  date: 2025-09-04", "  date: 2025-09-02")));
    }

    @Test
    void theNoticeListsBothOrders() throws Exception {
        assertEquals(at(44, 9, "notice.date", "памятка и страница сайта датированы 02.09.2025, раньше приказа "
                + "о назначении администратора от 03.09.2025, который они называют"),
                only(SCHOOL.replace("  date: 2025-09-05", "  date: 2025-09-02")));
        assertEquals(at(44, 9, "notice.date", "памятка и страница сайта датированы 01.09.2025, раньше приказа "
                + "от 02.09.2025, утверждающего Положение, который они называют"),
                only(SCHOOL.replace("  date: 2025-09-05", "  date: 2025-09-01")
                        .replace("    date: 2025-09-03", "    date: 2025-08-30")
                        .replace("  date: 2025-09-04", "  date: 2025-08-31")));
    }

    @Test
    void theAmendingOrderFollowsTheOrder() throws Exception {
        assertEquals(at(46, 9, "amend.date", "приказ о внесении изменений датирован 02.09.2025, не позже приказа "
                + "от 02.09.2025, утверждающего Положение"),
                only(SCHOOL + "amend:\n  date: 2025-09-02\n  number: 12-од\n"));
    }

    @Test
    void aNewEditionSpeaksAsOfItsAmendingOrder() throws Exception {
        String max = "messenger:\n  name: национальный мессенджер MAX\n  definition: сервис\n  since: 2026-01-01\n";
        assertEquals(List.of(), issues(SCHOOL + max + "amend:\n  date: 2026-01-15\n  number: 12-од\n"));
        assertEquals(at(48, 10, "messenger.since", "мессенджер «национальный мессенджер MAX» указан с 01.01.2026, "
                + "а приказ о внесении изменений датирован 20.12.2025: укажите мессенджер, в котором учебный профиль "
                + "Сферума работал на эту дату"),
                only(SCHOOL + max + "amend:\n  date: 2025-12-20\n  number: 12-од\n"));
    }

    // ---- the application names its administrator in full ---------------------------------------------------------

    @Test
    void anAdministratorWithInitialsOnlyLacksHisNamesForTheApplication() throws Exception {
        // The letter's own facts are given, so only the administrator's names are missing.
        String letterhead = "  kpp: \"590401001\"\n  address: 614000, г. Пермь, ул. Ленина, д. 5\n  phone: 8 (342) 200-00-05\n"
                + "  email: school5@example.ru\n";
        issues(SCHOOL.replace("  kpp: \"590401001\"\n", letterhead)
                .replace("    first_name: Наталья\n    patronymic: Викторовна\n", "    initials: Н. В.\n"));
        Profile initials = new ProfileLoader(Examples.PROFILES).load(file);
        assertEquals(List.of(), ProfileValidator.problems(initials), "the profile itself is sound");
        assertEquals(List.of("staff.admin.first_name", "staff.admin.patronymic"),
                ProfileValidator.missingFor(initials, "sferum/zayavka"));
        assertEquals(List.of(), ProfileValidator.missingFor(initials, "sferum/prikaz-administrator"));
        ProfileException refused = assertThrows(ProfileException.class,
                () -> Examples.generator().document(initials, "sferum/zayavka"));
        assertEquals(file + ":1:1: для документа «sferum/zayavka» не заданы поля: staff.admin.first_name, "
                + "staff.admin.patronymic (остальные документы можно создать без него: --doc)", refused.getMessage());

        issues(SCHOOL.replace("  kpp: \"590401001\"\n", letterhead)
                .replace("    first_name: Наталья\n    patronymic: Викторовна\n", "    first_name: Наталья\n"));
        Profile noPatronymic = new ProfileLoader(Examples.PROFILES).load(file);
        assertEquals(List.of(), ProfileValidator.missingFor(noPatronymic, "sferum/zayavka"),
                "a name without a patronymic is a full name");
        assertTrue(Examples.generator().document(noPatronymic, "sferum/zayavka").blocks().size() > 0);
    }
}
