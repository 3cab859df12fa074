package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.PdfText;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer's first profile, kept in a folder of her own outside the program's checkout. */
@org.junit.jupiter.api.extension.ExtendWith(ProgramHome.class)
class NewcomerTest {
    @TempDir
    Path home;


    private static final String SCHOOL = String.join("\n",
            "kind: school",
            "region: %s",
            "id: shkola-7",
            "institution:",
            "  full_name: Муниципальное автономное общеобразовательное учреждение «Средняя школа № 7»",
            "  short_name: МАОУ «СШ № 7»",
            "  city: Владикавказ",
            "  municipality: городской округ город Владикавказ",
            "  inn: \"1501012344\"",
            "  kpp: \"150101001\"",
            "  address: 362000, Республика Северная Осетия — Алания, г. Владикавказ, ул. Ленина, д. 7",
            "  phone: 8 (8672) 00-00-07",
            "  email: shkola7@example.ru",
            "head:",
            "  surname: Иванова",
            "  initials: М. П.",
            "  gender: female",
            "staff:",
            "  admin:",
            "    surname: Дзагоев",
            "    first_name: Алан",
            "    patronymic: Тимурович",
            "    gender: male",
            "    position: учитель информатики",
            "    phone: +7 900 000-00-07",
            "    email: admin@shkola7.example.ru",
            "administrator:",
            "  staff: admin",
            "  order: {date: 2025-08-28, number: 99-од}",
            "application: {date: 2025-08-29, number: 01-07/3}",
            "notice: {date: 2025-09-02}",
            "order:",
            "  date: 2025-09-01",
            "  number: 101-од",
            "  link_deadline: 2025-09-10",
            "  official_from: 2025-09-15",
            "  control: self",
            "  executor: admin",
            "approval:",
            "  date: 2025-08-29",
            "  protocol: \"1\"",
            "");

    @Test
    void aProfileOutsideTheCheckoutBuildsOnTheBundledKindAndRegionWithAPlainCity() throws Exception {
        assertFalse(home.startsWith(Examples.ROOT), "the folder is outside the checkout");
        Path profile = home.resolve("school.yaml");
        Files.writeString(profile, SCHOOL.formatted("permskiy-kray"));
        Cli.Result r = Cli.run("generate", profile.toString(), "-o", home.resolve("out").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        String order = DocxReader.text(Files.readAllBytes(home.resolve("out/shkola-7/sferum-prikaz.docx")));
        assertTrue(order.contains("г.\u00A0Владикавказ") || order.contains("г. Владикавказ"), order);
        assertTrue(order.contains("АИС\u00A0«ЭПОС»"), "the Perm region's system comes from the bundled region: " + order);
        String pdf = PdfText.text(Files.readAllBytes(home.resolve("out/shkola-7/sferum-prikaz.pdf")));
        assertTrue(pdf.replace('\u00A0', ' ').contains("г. Владикавказ"), pdf);
        assertTrue(pdf.toLowerCase().contains("классным руководителям"), "a school's words");
    }

    @Test
    void aRegionInTheUsersOwnFolderComesBeforeTheBundledOnes() throws Exception {
        Files.createDirectories(home.resolve("regions"));
        Files.writeString(home.resolve("regions/respublika-severnaya-osetiya.yaml"), String.join("\n",
                "region:",
                "  name: Республика Северная Осетия — Алания",
                "  ministry: Министерство образования и науки Республики Северная Осетия — Алания",
                ""));
        Path profile = home.resolve("school.yaml");
        Files.writeString(profile, SCHOOL.formatted("respublika-severnaya-osetiya"));
        Cli.Result r = Cli.run("generate", profile.toString(), "-o", home.resolve("out").toString(), "--format", "docx");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String order = DocxReader.text(Files.readAllBytes(home.resolve("out/shkola-7/sferum-prikaz.docx")));
        assertFalse(order.contains("ЭПОС") || order.contains("Моя школа»»,"), "no other region's system: " + order);
    }

    @Test
    void outputFilesHaveThePermissionsTheUmaskGives() throws Exception {
        Path reference = home.resolve("reference");
        try (OutputStream o = Files.newOutputStream(reference)) {
            o.write(1);
        }
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
        Cli.Result r = Cli.run("generate", Examples.profile("ktis").toString(), "-o", home.resolve("out").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        try (Stream<Path> files = Files.list(home.resolve("out/ktis"))) {
            for (Path f : files.toList()) {
                assertEquals(expected, Files.getPosixFilePermissions(f), f.toString());
            }
        }
    }

    @Test
    void initWritesAStarterWhoseExamplesValidateNamesUntilTheyAreReplaced() throws Exception {
        Path profile = home.resolve("sad.yaml");
        Cli.Result init = Cli.run("init", "--kind", "kindergarten", "--region", "permskiy-kray", profile.toString());
        assertEquals(ExitCode.OK, init.code(), init.err());
        String text = Files.readString(profile, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# yaml-language-server: $schema="), text);
        assertTrue(text.contains("kind: kindergarten") && text.contains("region: permskiy-kray"), text);
        long commented = text.lines().filter(l -> l.strip().startsWith("# ")).count();
        long fields = text.lines().filter(l -> l.matches("\\s*[a-z_]+: .*")).count();
        assertTrue(commented >= fields, "every field has its comment");

        Cli.Result untouched = Cli.run("validate", profile.toString());
        assertEquals(ExitCode.INVALID_INPUT, untouched.code());
        assertEquals(1, untouched.err().lines().count(), untouched.err());
        assertTrue(untouched.err().contains("значения-примеры: id; institution (full_name, short_name, city, municipality, "
                + "address, phone, email, inn, kpp); head (surname, initials); staff (admin.surname, admin.first_name, admin.patronymic, admin.position, "
                + "admin.phone, admin.email); order (date, number, link_deadline, official_from); approval (date, protocol); "
                + "administrator (order.date, order.number); application (date, number); notice (date)"), untouched.err());

        String filled = text.replace("shkola-1", "detsad-3")
                .replace("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
                        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 3»")
                .replace("МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»").replace("Обнинск", "Пермь")
                .replace("school1@example.ru", "sad3@example.ru").replace("Иванова", "Петрова")
                .replace("М. П.", "О. Н.").replace("Мария", "Ольга").replace("Петровна", "Николаевна").replace("2025-09-01", "2025-09-02").replace("\"101-од\"", "\"12\"")
                .replace("2025-09-10", "2025-09-12").replace("2025-09-15", "2025-09-16")
                .replace("2025-08-29", "2025-08-30").replace("protocol: \"1\"", "protocol: \"2\"")
                .replace("городской округ «Город Обнинск»", "Пермский городской округ").replace("4025011114", "5904012344")
                .replace("402501001", "590401001").replace("заместитель директора по учебно-воспитательной работе",
                        "старший воспитатель").replace("+7 900 000-00-00", "+7 900 111-22-33").replace("8 (48439) 0-00-00", "8 (342) 200-00-03")
                .replace("admin@example.ru", "sad3-admin@example.ru").replace("\"102-од\"", "\"11\"")
                .replace("\"01-15/45\"", "\"5\"").replace("2025-08-27", "2025-08-26")
                .replace("2025-08-28", "2025-08-27").replace("2025-09-05", "2025-09-06");
        Files.writeString(profile, filled);
        Cli.Result ok = Cli.run("validate", profile.toString());
        assertEquals(ExitCode.OK, ok.code(), ok.err());
        Cli.Result generated = Cli.run("generate", profile.toString(), "-o", home.resolve("out").toString());
        assertEquals(ExitCode.OK, generated.code(), generated.err());
        String polozhenie = DocxReader.text(Files.readAllBytes(home.resolve("out/detsad-3/sferum-polozhenie.docx")));
        assertTrue(polozhenie.contains("воспитанник") && !polozhenie.contains("обучающихся"), "a kindergarten's words");

        Cli.Result again = Cli.run("init", profile.toString());
        assertEquals(ExitCode.USAGE, again.code(), "an existing profile is not overwritten");
        assertEquals(filled, Files.readString(profile, StandardCharsets.UTF_8));
    }

    @Test
    void aProfileWithoutAKindGetsOneMessageAndMissingFieldsOneLine() throws Exception {
        Path none = home.resolve("none.yaml");
        Files.writeString(none, "id: x\ninstitution:\n  full_name: Школа\n");
        Cli.Result r = Cli.run("validate", none.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("не указан вид организации"), r.err());
        Path bare = home.resolve("bare.yaml");
        Files.writeString(bare, "kind: college\nid: x\n");
        r = Cli.run("validate", bare.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("institution (full_name, short_name, city); head; order (date, number"), r.err());
    }
}
