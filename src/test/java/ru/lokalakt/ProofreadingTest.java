package ru.lokalakt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.lint.Linter;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.docx.DocxRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a corrector, a records manager and a lawyer check before signing, asserted class by class over every
 * document of every example and of a made-up institution of every kind (profiles the documents were never tuned
 * for): the kind's own world, the government of the head's title, the approval stamp, the executor's mark, the
 * acknowledgement sheet, references to the regulation, brackets, one date style in an order.
 */
class ProofreadingTest {
    @TempDir
    static Path dir;

    /** Profile name → document id → the document's text (DOCX, spaces normalised). */
    private static final Map<String, Map<String, String>> TEXTS = new LinkedHashMap<>();
    private static final Map<String, Profile> PROFILES = new LinkedHashMap<>();

    private static final List<String> ORDERS = List.of("sferum/prikaz", "sferum/prikaz-administrator");

    @BeforeAll
    static void generate() throws Exception {
        for (String id : Examples.IDS) {
            PROFILES.put(id, Examples.load(id));
        }
        // One made-up institution of each kind (Synthetic cycles through school, kindergarten, college, dop).
        Synthetic.write(dir, 4);
        for (int i = 1; i <= 4; i++) {
            Path file = dir.resolve(String.format("inst-%04d.yaml", i));
            PROFILES.put(file.getFileName().toString(), new ProfileLoader(Examples.PROFILES).load(file));
        }
        for (Map.Entry<String, Profile> e : PROFILES.entrySet()) {
            Map<String, String> docs = new LinkedHashMap<>();
            for (String doc : Examples.DOCUMENTS) {
                String text = DocxReader.text(new DocxRenderer().render(Examples.generator().document(e.getValue(), doc)));
                docs.put(doc, text.replace('\u00A0', ' ').replace('\u2011', '-'));
            }
            TEXTS.put(e.getKey(), docs);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("«(?:[^«»]|«(?:[^«»]|«[^«»]*»)*»)*»|„[^„“]*“");

    private static String kind(String profile) {
        return String.valueOf(PROFILES.get(profile).get("kind.id"));
    }

    /** Every place a pattern matches, with the profile, the document and the words around it. */
    private static List<String> everywhere(Pattern pattern, java.util.function.BiPredicate<String, String> where) {
        List<String> found = new ArrayList<>();
        TEXTS.forEach((profile, docs) -> docs.forEach((doc, text) -> {
            if (!where.test(profile, doc)) {
                return;
            }
            // A name in quotes is cited as it stands (a federal letter's title), not the document's own wording.
            Matcher m = pattern.matcher(QUOTED.matcher(text).replaceAll(q -> " ".repeat(q.group().length())));
            while (m.find()) {
                found.add(profile + " / " + doc + ": …" + text.substring(Math.max(0, m.start() - 30),
                        Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…");
            }
        }));
        return found;
    }

    @Test
    void theHeadOfAKindergartenGovernsTheInstrumentalEveryOtherHeadTheGenitive() {
        assertEquals(List.of(), everywhere(Pattern.compile("заведующ\\p{L}* Учреждения"), (p, d) -> true));
        assertEquals(List.of(), everywhere(Pattern.compile("директор\\p{L}* Учреждением"), (p, d) -> true));
        assertFalse(everywhere(Pattern.compile("заведующего Учреждением"), (p, d) -> kind(p).equals("kindergarten")).isEmpty(),
                "a kindergarten's regulation names the head's order");
    }

    @Test
    void noTwoBracketsStandInARowAndASingleAppendixIsNotNumbered() {
        assertEquals(List.of(), everywhere(Pattern.compile("\\)\\s*\\("), (p, d) -> true));
        assertEquals(List.of(), everywhere(Pattern.compile("(?i)приложени\\p{L}*\\s*№\\s*1"), (p, d) -> true));
        assertEquals(List.of(), everywhere(Pattern.compile("приложение:\\s|№ МР"), (p, d) -> true));
    }

    /** An act approved by an order carries «УТВЕРЖДЕНО приказом …»; the order then says «Утвердить», and only then. */
    @Test
    void theRegulationIsApprovedOnceAndTheConsiderationMarkReadsAsTheActOfTheBody() {
        TEXTS.forEach((profile, docs) -> {
            String regulation = docs.get("sferum/polozhenie");
            String order = docs.get("sferum/prikaz");
            boolean byOrder = !"head".equals(PROFILES.get(profile).get("approval.form"));
            assertEquals(byOrder, regulation.contains("УТВЕРЖДЕНО\nприказом "), profile);
            assertEquals(!byOrder, regulation.contains("УТВЕРЖДАЮ"), profile);
            assertEquals(byOrder, order.contains("Утвердить прилагаемое Положение"), profile);
            assertTrue(regulation.contains("ПРИНЯТО\nпедагогическим советом\n") && regulation.contains("\n(протокол от "), profile);
            assertFalse(regulation.contains("на заседании"), profile);
            assertEquals(!byOrder, regulation.contains("ДОКУМЕНТ ПОДПИСАН"), profile + ": signed in the order that approves it");
        });
    }

    @Test
    void everyOrderHasTheExecutorsMarkWithATelephone() {
        // «Павлинчук О. А., …» where the profile has initials only, «Гончаренко Лариса Петровна, …» where it has the
        // whole name (ГОСТ Р 7.0.97: surname, name, patronymic), then the telephone.
        Pattern mark = Pattern.compile("\\p{Lu}\\p{Ll}+ (\\p{Lu}\\. \\p{Lu}\\.|\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+), [^\\n]+\\n(\\+7|8) [\\d (]");
        TEXTS.forEach((profile, docs) -> ORDERS.forEach(doc ->
                assertTrue(mark.matcher(docs.get(doc)).find(), profile + " / " + doc + ":\n" + docs.get(doc))));
    }

    /** The order names the regulation by its whole title, as the regulation's own title page gives it. */
    @Test
    void ordersAndTheWebsiteCiteTheRegulationByItsFullTitle() {
        TEXTS.forEach((profile, docs) -> {
            String messenger = PROFILES.get(profile).get("messenger.name").toString();
            for (String doc : List.of("sferum/prikaz", "sferum/sayt")) {
                String text = docs.get(doc).replace('\n', ' ');
                Matcher m = Pattern.compile("Положени\\p{L} об использовании ").matcher(text);
                assertTrue(m.find(), profile + " / " + doc);
                do {
                    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
                    assertTrue(after.contains(" при реализации "), profile + " / " + doc + ": " + after);
                } while (m.find());
                assertTrue(text.contains("Сферум» в "), profile + " / " + doc + " names the messenger " + messenger);
            }
        });
    }

    @Test
    void theAppointmentOrderCitesTheRegulationOnlyOnceItIsApprovedAndListsEveryoneItCharges() {
        TEXTS.forEach((profile, docs) -> {
            Profile p = PROFILES.get(profile);
            String text = docs.get("sferum/prikaz-administrator");
            boolean after = p.get("administrator.order.date").toString().compareTo(p.get("order.date").toString()) >= 0;
            assertEquals(after, text.contains("Положени"), profile + ": " + text);
            String sheet = text.substring(text.indexOf("Лист ознакомления"));
            Object control = p.get("order.control");
            if (!"self".equals(control)) {
                assertTrue(sheet.contains(p.get("staff." + control + ".surname").toString()), profile + " charges the controller: " + sheet);
            }
            assertTrue(sheet.contains(p.get("staff." + p.get("administrator.staff") + ".surname").toString()), profile);
        });
    }

    /** «Учреждение» is defined («далее — …») where it is used; orders, the letter and the notice use the name itself. */
    @Test
    void theAliasIsUsedOnlyWhereItIsDefined() {
        Pattern quoted = Pattern.compile("«(?:[^«»]|«[^«»]*»)*»");
        TEXTS.forEach((profile, docs) -> docs.forEach((doc, text) -> {
            String alias = PROFILES.get(profile).get("terms.alias.nom") instanceof String s ? s
                    : String.valueOf(PROFILES.get(profile).get("terms.alias"));
            String stem = alias.substring(0, alias.length() - 1);
            String own = quoted.matcher(text).replaceAll("«»");
            // The notice for parents speaks of the institution by its own plain word («Лицей», «Колледж»).
            boolean plainWord = doc.equals("sferum/pamyatka") && alias.equals(String.valueOf(PROFILES.get(profile).get("terms.word")));
            if (!plainWord && Pattern.compile("(?<!\\p{L})" + stem + "\\p{L}*").matcher(own).find()) {
                assertTrue(text.contains("(далее — " + alias + ")"), profile + " / " + doc + " uses «" + alias + "» undefined");
            }
        }));
    }

    /** An order's text gives every date one way: 07.02.2024, as its requisites and references do. */
    @Test
    void anOrderWritesItsDatesOneWay() {
        assertEquals(List.of(), everywhere(Pattern.compile("\\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа"
                + "|сентября|октября|ноября|декабря) \\d{4} года"), (p, d) -> ORDERS.contains(d)));
    }

    /** Children of a kindergarten have no accounts: they are never users or members of a chat. */
    @Test
    void aKindergartensChildrenAreNeverPlatformUsers() {
        List<String> found = everywhere(Pattern.compile("попадают только воспитанники|общения педагогических работников, "
                + "воспитанников|чаты групп и родительские чаты|учебн\\p{L}* (задач|материал|чат)|об обучении"),
                (p, d) -> kind(p).equals("kindergarten"));
        assertEquals(List.of(), found);
    }

    @Test
    void aCollegeSpeaksOfStudentsAndOfTheParentsOfMinorsOnly() {
        List<String> found = everywhere(Pattern.compile("обучающ(ихся|имися|иеся)|дневник|внеурочн|родител\\p{L}* "
                + "\\(законн\\p{L}* представител\\p{L}*\\) студент"), (p, d) -> kind(p).equals("college"));
        assertEquals(List.of(), found);
        assertFalse(everywhere(Pattern.compile("несовершеннолетних студентов"), (p, d) -> kind(p).equals("college")).isEmpty());
    }

    @Test
    void aCentreOfAdditionalEducationHasNoTeachersDiariesOrTautologies() {
        List<String> found = everywhere(Pattern.compile("учител|дневник|«учитель»|объединение «Педагоги»|выполняющих обязанности "
                + "педагогов|педагог дополнительного образования или другой педагог"), (p, d) -> kind(p).equals("dop"));
        assertEquals(List.of(), found);
    }

    /** A notice for parents is one sheet, whatever the kind. */
    @Test
    void theNoticeForParentsIsOneSheet() {
        PROFILES.forEach((profile, p) -> assertEquals(1, new ru.lokalakt.render.pdf.PdfRenderer()
                .pages(Examples.generator().document(p, "sferum/pamyatka")), profile));
    }

    /** The kind's own words are lint's: a kindergarten's text speaking of lessons is found, by the kind file alone. */
    @Test
    void lintCatchesTheKindsForeignWordsFromTheKindFile() throws Exception {
        Profile kindergarten = PROFILES.get("detsad-44");
        ru.lokalakt.document.Document doc = Examples.generator().document(kindergarten, "sferum/pamyatka");
        assertEquals(List.of(), new Linter(kindergarten).check("sferum/pamyatka", doc), "the generated notice is clean");
        Path template = dir.resolve("lint.yaml");
        Files.writeString(template, "forbidden_terms:\n" + Profile.asList(kindergarten.get("forbidden_terms")).stream()
                .map(t -> "  - '" + t.toString().replace("'", "''") + "'\n").reduce("", String::concat));
        Profile terms = new ProfileLoader().load(template);
        ru.lokalakt.document.Document wrong = doc.withBlocks(List.of(new ru.lokalakt.document.Paragraph(
                ru.lokalakt.document.Style.BODY, List.of(new ru.lokalakt.document.Text(
                        "Воспитатель хранит учебные материалы, пишет об обучении и ведёт дневник группы.", false, false)))));
        assertEquals(3, new Linter(terms).check("t", wrong).size(), "учебные, обучении, дневник");
    }
}
