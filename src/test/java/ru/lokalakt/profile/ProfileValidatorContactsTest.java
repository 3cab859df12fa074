package ru.lokalakt.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What reaches the platform's operator: the staff's e-mail and phone (the administrator's a Russian mobile), names in
 * Russian letters, with a clear word about a Latin letter among Cyrillic ones. The command line's validator, so
 * {@code lokalakt validate} and the web page say the same.
 */
class ProfileValidatorContactsTest {
    @TempDir
    Path dir;

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

    /** The problems found, field and message, as the command line prints them after the place. */
    private List<String> problems(String yaml) throws Exception {
        Path file = dir.resolve("profiles/shkola-5.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return ProfileValidator.issues(new ProfileLoader(Examples.PROFILES).load(file)).stream()
                .map(i -> i.field() + ": " + i.message()).toList();
    }

    @Test
    void theSchoolIsSound() throws Exception {
        assertEquals(List.of(), problems(SCHOOL));
    }

    @Test
    void anEmailWithoutOrWithTwoAtSignsIsRefused() throws Exception {
        assertEquals(List.of("staff.admin.email: в адресе электронной почты нет знака «@»: «berezka17 tver-edu.ru»"),
                problems(SCHOOL.replace("admin@example.ru", "berezka17 tver-edu.ru")));
        assertEquals(List.of("staff.admin.email: в адресе электронной почты знак «@» стоит 2 раза, а нужен один: «admin@@example.ru»"),
                problems(SCHOOL.replace("admin@example.ru", "admin@@example.ru")));
        assertEquals(List.of("staff.admin.email: адрес электронной почты должен быть вида имя@домен.ru: «admin@example»"),
                problems(SCHOOL.replace("admin@example.ru", "admin@example")));
    }

    @Test
    void aShortNumberOrALandlineIsNoAdministratorsMobile() throws Exception {
        assertEquals(List.of("staff.admin.phone: в номере «8910123» 7 цифр, а в мобильном — 11: +7 и 10 цифр"),
                problems(SCHOOL.replace("+7 900 000-00-02", "\"8910123\"")));
        assertEquals(List.of("staff.admin.phone: номер «8 (4822) 33-44-55» не мобильный: заявка называет мобильный телефон "
                + "администратора, вида +7 9XX XXX-XX-XX"), problems(SCHOOL.replace("+7 900 000-00-02", "8 (4822) 33-44-55")));
        assertEquals(List.of("staff.admin.phone: в номере телефона «8 910 123 45» 9 цифр: полный номер — 11 цифр (+7 и 10 цифр)"),
                problems(SCHOOL.replace("+7 900 000-00-02", "8 910 123 45")));
    }

    @Test
    void aNameInLatinLettersOrWithOneLatinLetterIsRefused() throws Exception {
        assertEquals(List.of("staff.admin.surname: в «Cоколова» смешаны русские и латинские буквы (латинские: «C»): "
                + "наберите слово заново в русской раскладке"), problems(SCHOOL.replace("Лебедева", "Cоколова")));
        assertEquals(List.of("head.surname: «Sokolova» набрано латинскими буквами: в документах нужны русские"),
                problems(SCHOOL.replace("Петрова", "Sokolova")));
    }
}
