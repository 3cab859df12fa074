package ru.lokalakt.generate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;
import ru.lokalakt.document.diff.Change;
import ru.lokalakt.document.diff.DocumentDiff;
import ru.lokalakt.document.diff.Unit;
import ru.lokalakt.document.diff.Units;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.template.TemplateEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Amending orders as a lawyer drafts them, on a school the examples do not have: each kind of change between two
 * versions of its profile gives the smallest point in the usual words, and carrying the points out on the text in
 * force gives the new text exactly.
 */
class AmendmentDraftingTest {
    private static final TemplateEngine ENGINE = new TemplateEngine(Examples.TEMPLATES);

    /** A school in Пермь, its accounts linked with АИС «ЭПОС», its Положение approved on 10.09.2025. */
    private static final String SCHOOL = """
            kind: school
            region: permskiy-kray
            id: sosh-7
            institution:
              full_name: Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»
              short_name: МАОУ «СОШ № 7»
              city: Пермь
              inn: "5904012344"
              legal_basis:
                - type: приказ
                  issuer: МАОУ «СОШ № 7»
                  date: 2025-08-29
                  number: 101-од
                  title: Об утверждении Положения об электронной информационно-образовательной среде
                - type: приказ
                  issuer: МАОУ «СОШ № 7»
                  date: 2025-08-29
                  number: 102-од
                  title: Об утверждении Положения о защите персональных данных
            messenger:
              name: национальный мессенджер MAX
              definition: российский многофункциональный сервис обмена информацией
              since: 2025-08-25
            head:
              surname: Лебедева
              initials: Н. В.
              gender: female
            staff:
              deputy:
                surname: Орлов
                initials: С. П.
                gender: male
                position: заместитель директора по учебно-воспитательной работе
              clerk:
                surname: Жукова
                initials: Т. А.
                gender: female
                position: секретарь
                phone: 8 (342) 210-00-07
            order:
              date: 2025-09-10
              number: 140-од
              responsible: deputy
              link_deadline: 2025-09-19
              official_from: 2025-09-22
              control: deputy
              executor: clerk
            approval:
              date: 2025-09-09
              protocol: "1"
            """;

    private static final String AMEND = """
            amend:
              date: 2026-08-31
              number: 162-од
              protocol_date: 2026-08-28
              protocol: "2"
            """;

    @TempDir
    Path dir;
    private Path old;

    @BeforeEach
    void writeTheSchool() throws IOException {
        old = dir.resolve("sosh-7.yaml");
        Files.writeString(old, SCHOOL);
    }

    private record Drafted(List<Change> changes, String order, List<Unit> before, List<Unit> after) {
    }

    private Profile load(Path file) {
        return new ProfileLoader(Examples.PROFILES).load(file);
    }

    /** The new version: the school's profile with {@code overlay} on top and {@code amend}. */
    private Path version(String name, String overlay, String amend) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "extends: " + old.getFileName() + "\n" + overlay + amend);
        return file;
    }

    private Drafted draft(Path olderFile, Path newerFile) {
        Profile older = load(olderFile);
        Profile newer = load(newerFile);
        Amender amender = new Amender(ENGINE, List.of(new HtmlRenderer()), false);
        Amender.Result r = amender.amend(older, newer, ru.lokalakt.Examples.REGULATION);
        List<Unit> before = Units.of(new Generator(ENGINE, List.of()).document(older, ru.lokalakt.Examples.REGULATION));
        List<Unit> after = Units.of(new Generator(ENGINE, List.of()).document(Amender.withHistory(older, newer),
                ru.lokalakt.Examples.REGULATION));
        assertEquals(after, ApplyChanges.apply(before, r.changes()), "the points give the new text: " + r.changes());
        for (Change c : r.changes()) {
            if (c instanceof Change.Words w) {
                assertTrue(DocumentDiff.wellFormed(w.from()), "a whole fragment is quoted: «" + w.from() + "»");
                assertTrue(w.to().isEmpty() || DocumentDiff.wellFormed(w.to()), "a whole fragment is quoted: «" + w.to() + "»");
            }
        }
        // The order from its heading on: the letterhead is not what the assertions read.
        String order = r.files().isEmpty() ? "" : text(r.files().get(0));
        order = order.substring(Math.max(0, order.indexOf(" г. Пермь ")));
        return new Drafted(r.changes(), order, before, after);
    }

    private Drafted draft(String overlay) throws IOException {
        return draft(old, version("new.yaml", overlay, AMEND));
    }

    private static String text(RenderedFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("<[^>]+>", " ").replace('\u00A0', ' ').replace("\u2060", "").replace("&quot;", "\"")
                .replaceAll("\\s+", " ");
    }

    /** The number of the paragraph (абзац) of clause 1.2 that starts with {@code start}, counted from 1. */
    private static String plain(String s) {
        return s.replace('\u00A0', ' ').replace("\u2060", "");
    }

    private static int paragraphOf(List<Unit> units, String start) {
        List<String> labels = Units.labels(units);
        for (int i = 0; i < units.size(); i++) {
            if (labels.get(i).equals("1.2")) {
                List<String> ps = units.get(i).paragraphs();
                for (int p = 0; p < ps.size(); p++) {
                    if (plain(ps.get(p)).startsWith(start)) {
                        return p + 1;
                    }
                }
            }
        }
        throw new AssertionError("no paragraph «" + start + "…» in 1.2");
    }

    private static String ordinalNom(int n) {
        return ru.lokalakt.russian.Ordinals.nominative(n);
    }

    private static String ordinalGen(int n) {
        return ru.lokalakt.russian.Ordinals.genitive(n);
    }

    // ---- one list item -----------------------------------------------------------------------------------------

    @Test
    void oneActAddedToTheGroundsIsOneParagraphAddedNotTheClauseRestated() throws IOException {
        Drafted d = draft("""
                institution:
                  legal_basis:
                    - type: приказ
                      issuer: МАОУ «СОШ № 7»
                      date: 2025-08-29
                      number: 101-од
                      title: Об утверждении Положения об электронной информационно-образовательной среде
                    - type: приказ
                      issuer: МАОУ «СОШ № 7»
                      date: 2025-08-29
                      number: 102-од
                      title: Об утверждении Положения о защите персональных данных
                    - type: приказ
                      issuer: МАОУ «СОШ № 7»
                      date: 2026-05-15
                      number: 77-од
                      title: Об утверждении Правил внутреннего распорядка обучающихся
                """);
        assertEquals(1, d.changes().size(), d.changes().toString());
        int after = paragraphOf(d.before(), "приказ МАОУ «СОШ № 7» от 29.08.2025 № 102-од");
        assertTrue(d.order().contains("следующее изменение: пункт 1.2 после абзаца " + ordinalGen(after)
                + " дополнить абзацем следующего содержания: «– приказ МАОУ „СОШ № 7“ от 15.05.2026 № 77-од „Об "
                + "утверждении Правил внутреннего распорядка обучающихся“;». 2."), d.order());
        assertFalse(d.order().contains("1.1."), "a single point is not numbered");
        assertTrue(d.order().contains("О внесении изменения в Положение"), "one change: «изменения»");
    }

    @Test
    void oneActRemovedIsOneParagraphExcluded() throws IOException {
        Drafted d = draft("""
                institution:
                  legal_basis:
                    - type: приказ
                      issuer: МАОУ «СОШ № 7»
                      date: 2025-08-29
                      number: 102-од
                      title: Об утверждении Положения о защите персональных данных
                """);
        assertEquals(1, d.changes().size(), d.changes().toString());
        int removed = paragraphOf(d.before(), "приказ МАОУ «СОШ № 7» от 29.08.2025 № 101-од");
        assertTrue(d.order().contains("следующее изменение: абзац " + ordinalNom(removed) + " пункта 1.2 исключить."),
                d.order());
        assertFalse(d.order().contains("заменить"), "a deletion is «исключить», not a replacement");
    }

    @Test
    void oneActRenamedIsItsWordsReplacedInItsParagraph() throws IOException {
        Drafted d = draft(SCHOOL.substring(SCHOOL.indexOf("institution:"), SCHOOL.indexOf("messenger:"))
                .replace("Об утверждении Положения о защите персональных данных",
                        "Об утверждении Положения об обработке и защите персональных данных"));
        assertEquals(1, d.changes().size(), d.changes().toString());
        int paragraph = paragraphOf(d.before(), "приказ МАОУ «СОШ № 7» от 29.08.2025 № 102-од");
        assertTrue(d.order().contains("следующее изменение: в абзаце " + ru.lokalakt.russian.Ordinals.prepositional(paragraph)
                + " пункта 1.2 слова «о защите» заменить словами «об обработке и защите»."), d.order());
    }

    // ---- words -------------------------------------------------------------------------------------------------

    @Test
    void oneWordIsNamedAsOneWord() throws IOException {
        Drafted d = draft("""
                messenger:
                  definition: отечественный многофункциональный сервис обмена информацией
                """);
        assertEquals(1, d.changes().size(), d.changes().toString());
        assertTrue(d.order().contains("следующее изменение: в абзаце третьем пункта 1.3 слово «российский» заменить "
                + "словом «отечественный»."), d.order());
    }

    @Test
    void wordsDeletedAreExcludedAndTheQuoteIsWholeWords() throws IOException {
        Drafted d = draft("""
                messenger:
                  definition: многофункциональный сервис обмена информацией
                """);
        assertEquals(1, d.changes().size(), d.changes().toString());
        assertTrue(d.order().contains("следующее изменение: в абзаце третьем пункта 1.3 слово «российский» исключить."),
                d.order());
    }

    @Test
    void aPhraseChangedAllThroughTheTextIsOnePointInEveryCase() throws IOException {
        Drafted d = draft("""
                messenger:
                  name: мессенджер «Связь»
                """);
        assertTrue(d.order().contains("следующее изменение: по всему тексту Положения, включая наименование, слова «национальный "
                + "мессенджер MAX» в соответствующем падеже заменить словами «мессенджер „Связь“» в соответствующем падеже"), d.order());
    }

    // ---- clauses, sections ---------------------------------------------------------------------------------------

    @Test
    void aClauseMuchChangedIsRestatedAsParagraphsOfItsOwn() throws IOException {
        Drafted d = draft("""
                clauses:
                  subjects: false
                """);
        assertTrue(d.order().contains("пункт 1.4 изложить в следующей редакции: «1.4. ИКОП „Сферум“ используется при "
                + "реализации"), d.order());
    }

    @Test
    void aClauseRemovedIsExcludedAndTheNextRenumbered() throws IOException {
        Drafted d = draft("""
                clauses:
                  younger_pupils: false
                """);
        Change.Remove remove = (Change.Remove) d.changes().stream().filter(c -> c instanceof Change.Remove).findFirst()
                .orElseThrow(() -> new AssertionError(d.changes().toString()));
        assertTrue(d.order().contains("пункт " + remove.label() + " исключить; пункт"), d.order());
        assertFalse(d.order().contains("утратившим силу"), "removal and renumbering go with «исключить»");
    }

    @Test
    void aSectionRemovedByTheTemplatesIsExcludedWithTheSectionsAfterItRenumbered() throws IOException {
        Path templates = dir.resolve("templates");
        Examples.copyTree(Examples.TEMPLATES, templates);
        Path file = templates.resolve("sferum/polozhenie.ftlx");
        String text = Files.readString(file);
        Matcher m = Pattern.compile("(?s)\\n  <@d\\.section title=\"Права участников образовательных отношений\">.*?</@d\\.section>\\n")
                .matcher(text);
        assertTrue(m.find(), "the section on rights is in the template");
        Files.writeString(file, text.substring(0, m.start()) + "\n" + text.substring(m.end()));
        Profile older = load(old);
        Profile newer = load(version("new.yaml", "", AMEND));
        Amender.Result r = new Amender(ENGINE, new TemplateEngine(templates), List.of(new HtmlRenderer()), false)
                .amend(older, newer, ru.lokalakt.Examples.REGULATION);
        String order = text(r.files().get(0));
        assertTrue(order.contains("следующее изменение: раздел 3 исключить; разделы 4 и 5 считать соответственно "
                + "разделами 3 и 4."), order);
    }

    // ---- who adopted, who signed ---------------------------------------------------------------------------------

    @Test
    void aNewBodyIsItsWordsInClause17AndTheChangeIsAdoptedByTheBodyTheTextInForceNames() throws IOException {
        Drafted d = draft("""
                approval:
                  body: Управляющий совет
                """);
        assertEquals(1, d.changes().size(), d.changes().toString());
        assertTrue(d.order().contains("следующее изменение: в пункте 1.7 слова «педагогическим советом» заменить "
                + "словами «Управляющим советом»."), d.order());
        assertTrue(d.order().contains("на основании решения педагогического совета (протокол от 28.08.2026 № 2)"),
                "the text in force says the pedagogical council adopts changes: " + d.order());
        assertFalse(d.order().contains("до сведения"), "the body concerns the staff, not the learners: " + d.order());
    }

    @Test
    void theConsolidatedTextCreditsEachAdoptionToItsBody() throws IOException {
        Path newer = version("new.yaml", "approval:\n  body: Управляющий совет\n", AMEND);
        Amender.Result r = new Amender(ENGINE, List.of(new HtmlRenderer()), false)
                .amend(load(old), load(newer), ru.lokalakt.Examples.REGULATION);
        String regulation = text(r.files().get(1));
        assertTrue(regulation.contains("ПРИНЯТО педагогическим советом МАОУ «СОШ № 7» (протокол от 09.09.2025 № 1) "
                + "Изменения приняты педагогическим советом (протокол от 28.08.2026 № 2)"), regulation);
        assertTrue(regulation.contains("от 10.09.2025 № 140-од (в редакции приказа от 31.08.2026 № 162-од)"), regulation);
        assertTrue(regulation.contains("Положение принимается Управляющим советом"), regulation);
    }

    @Test
    void opinionsOfTheCouncilsAreCitedWhereTheProfileNamesThem() throws IOException {
        Drafted d = draft(old, version("new.yaml", "messenger:\n  name: мессенджер «Связь»\n", AMEND + """
                  opinions:
                    - body: совет родителей
                      date: 2026-08-27
                      protocol: "4"
                    - body: совет обучающихся
                      date: 2026-08-26
                      protocol: "3"
                """));
        assertTrue(d.order().contains("на основании решения педагогического совета (протокол от 28.08.2026 № 2), с учётом "
                + "мнения совета родителей (протокол от 27.08.2026 № 4), совета обучающихся (протокол от 26.08.2026 № 3)"),
                d.order());
        assertTrue(d.order().contains("довести изменения до сведения обучающихся и их родителей (законных представителей)"),
                "the messenger concerns learners and parents: " + d.order());
    }

    @Test
    void aNewHeadSignsTheOrderButTheTextInForceIsNamedAsItWasApproved() throws IOException {
        Drafted d = draft("""
                head:
                  surname: Громов
                  initials: А. Е.
                  gender: male
                messenger:
                  name: мессенджер «Связь»
                """);
        assertTrue(d.order().contains("утверждённое приказом директора МАОУ «СОШ № 7» от 10.09.2025 № 140-од"), d.order());
        assertTrue(d.order().contains("Директор А. Е. Громов"), d.order());
        assertFalse(d.order().contains("Учреждени"), "the order does not use a name it never defined: " + d.order());
    }

    @Test
    void theInstitutionRenamedIsOneLegitimatePoint() throws IOException {
        Drafted d = draft("""
                institution:
                  full_name: Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 имени А. С. Пушкина»
                  short_name: МАОУ «СОШ № 7 им. А. С. Пушкина»
                """);
        assertFalse(d.changes().isEmpty());
        assertFalse(d.changes().get(0) instanceof Change.Whole, d.changes().toString());
        assertTrue(d.order().contains("1.1. В пункте 1.1 слова «Муниципального автономного общеобразовательного учреждения "
                + "„Средняя общеобразовательная школа № 7“» заменить словами «Муниципального автономного "
                + "общеобразовательного учреждения „Средняя общеобразовательная школа № 7 имени А. С. Пушкина“»."), d.order());
        assertTrue(d.order().contains("утверждённое приказом директора МАОУ «СОШ № 7» от 10.09.2025"),
                "the text in force is named as it was approved: " + d.order());
    }

    // ---- refused ---------------------------------------------------------------------------------------------------

    @Test
    void anotherKindIsANewRegulationNotAnAmendment() throws IOException {
        Path newer = dir.resolve("detsad.yaml");
        Files.writeString(newer, SCHOOL.replace("kind: school", "kind: kindergarten") + AMEND);
        ProfileException e = assertThrows(ProfileException.class, () -> new Amender(ENGINE, List.of(new HtmlRenderer()),
                false).amend(load(old), load(newer), ru.lokalakt.Examples.REGULATION));
        assertTrue(e.getMessage().contains("«kindergarten»") && e.getMessage().contains("«school»")
                && e.getMessage().contains("другое Положение"), e.getMessage());
    }

    @Test
    void anotherOrganisationByItsInnIsRefused() throws IOException {
        Path newer = version("new.yaml", "institution:\n  inn: \"5904099994\"\n", AMEND);
        ProfileException e = assertThrows(ProfileException.class, () -> new Amender(ENGINE, List.of(new HtmlRenderer()),
                false).amend(load(old), load(newer), ru.lokalakt.Examples.REGULATION));
        assertTrue(e.getMessage().contains("другая организация"), e.getMessage());
    }

    @Test
    void anOrderDatedBeforeTheTextInForceIsRefusedNamingBothDates() throws IOException {
        Path newer = version("new.yaml", "messenger:\n  name: мессенджер «Связь»\n",
                AMEND.replace("2026-08-31", "2025-09-01").replace("2026-08-28", "2025-08-30"));
        ProfileException e = assertThrows(ProfileException.class, () -> new Amender(ENGINE, List.of(new HtmlRenderer()),
                false).amend(load(old), load(newer), ru.lokalakt.Examples.REGULATION));
        assertTrue(e.getMessage().contains("01.09.2025") && e.getMessage().contains("10.09.2025")
                && e.getMessage().contains("amend.date"), e.getMessage());
    }

    // ---- the history of editions -----------------------------------------------------------------------------------

    @Test
    void aSecondAmendmentListsBothOrdersAndEachAdoption() throws IOException {
        Path first = version("2026.yaml", "approval:\n  body: Управляющий совет\n", AMEND);
        // What lokalakt amend records in the new edition's file, made here the same way.
        Profile older = load(old);
        Profile firstEdition = Amender.withHistory(older, load(first));
        Path recorded = dir.resolve("2026-recorded.yaml");
        Files.writeString(recorded, Files.readString(first) + "history:\n  adopted:\n    body: педагогический совет\n"
                + "    date: 2025-09-09\n    protocol: \"1\"\n  amendments:\n    - date: 2026-08-31\n      number: 162-од\n"
                + "      body: педагогический совет\n      protocol_date: 2026-08-28\n      protocol: \"2\"\n");
        assertEquals(Amender.history(firstEdition), Amender.history(load(recorded)), "the history recorded is the one computed");
        Path second = dir.resolve("2027.yaml");
        Files.writeString(second, "extends: 2026-recorded.yaml\nmessenger:\n  name: мессенджер «Связь»\namend:\n"
                + "  date: 2027-09-01\n  number: 170-од\n  protocol_date: 2027-08-30\n  protocol: \"1\"\n");
        Amender.Result r = new Amender(ENGINE, List.of(new HtmlRenderer()), false)
                .amend(load(recorded), load(second), ru.lokalakt.Examples.REGULATION);
        String order = text(r.files().get(0));
        assertTrue(order.contains("на основании решения Управляющего совета (протокол от 30.08.2027 № 1)"),
                "the edition in force says the governing council adopts changes: " + order);
        assertTrue(order.contains("утверждённое приказом директора МАОУ «СОШ № 7» от 10.09.2025 № 140-од (далее"), order);
        String regulation = text(r.files().get(1));
        assertTrue(regulation.contains("(в редакции приказов от 31.08.2026 № 162-од, от 01.09.2027 № 170-од)"), regulation);
        assertTrue(regulation.contains("ПРИНЯТО педагогическим советом МАОУ «СОШ № 7» (протокол от 09.09.2025 № 1) "
                + "Изменения приняты педагогическим советом (протокол от 28.08.2026 № 2) Изменения приняты Управляющим советом (протокол от "
                + "30.08.2027 № 1)"), regulation);
    }

    // ---- the regional system linked: no broken quotes ----------------------------------------------------------

    @Test
    void linkingTheRegionalSystemQuotesWholeFragmentsAndPassesLint() throws IOException {
        Path unlinked = dir.resolve("unlinked.yaml");
        Files.writeString(unlinked, "extends: sosh-7.yaml\nregion:\n  information_system:\n    linked: false\n");
        Path linked = dir.resolve("linked.yaml");
        Files.writeString(linked, "extends: sosh-7.yaml\n" + AMEND);
        Drafted d = draft(unlinked, linked);
        assertFalse(d.changes().isEmpty());
        assertFalse(d.changes().get(0) instanceof Change.Whole, d.changes().toString());
        assertFalse(d.order().contains("«»"), "no empty quote: " + d.order());
        assertFalse(d.order().contains("«;") || d.order().contains("«,"), "no quote starts with a mark: " + d.order());
    }

    // ---- the DOCX: quoted text in paragraphs of its own (the regional system linked adds two duties in 2.2) -------------------------------------------------------

    @Test
    void quotedParagraphsAreRealParagraphsInTheDocx() throws Exception {
        Path unlinked = dir.resolve("unlinked.yaml");
        Files.writeString(unlinked, "extends: sosh-7.yaml\nregion:\n  information_system:\n    linked: false\n");
        Path linked = dir.resolve("linked.yaml");
        Files.writeString(linked, "extends: sosh-7.yaml\n" + AMEND);
        Amender.Result r = new Amender(ENGINE, List.of(new DocxRenderer()), false)
                .amend(load(unlinked), load(linked), ru.lokalakt.Examples.REGULATION);
        List<DocxReader.Para> paras = DocxReader.paragraphs(r.files().get(0).bytes());
        List<String> texts = new ArrayList<>();
        paras.forEach(p -> texts.add(plain(p.text())));
        int lead = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).endsWith("дополнить абзацами следующего содержания:") && lead < 0) {
                lead = i;
            }
        }
        assertTrue(lead >= 0, String.join("\n", texts));
        assertTrue(texts.get(lead + 1).startsWith("«"), "the quote starts a paragraph of its own: " + texts.get(lead + 1));
        int end = lead + 1;
        while (!texts.get(end).endsWith("».") && !texts.get(end).endsWith("»;")) {
            end++;
        }
        assertTrue(end > lead + 1, "the clause and its list items are paragraphs of their own: " + texts.subList(lead, end + 1));
        for (String t : texts.subList(lead, end + 1)) {
            assertFalse(t.contains("\n"), "no line breaks inside a paragraph: " + t);
        }
    }

    // ---- grammar of the regulation itself ------------------------------------------------------------------------

    @Test
    void theBodyReadsInItsOwnCaseAndGender() throws IOException {
        Drafted d = draft("""
                approval:
                  body: общее собрание работников
                """);
        assertTrue(d.order().contains("слова «педагогическим советом» заменить словами «общим собранием работников»"),
                d.order());
        String clause = d.after().stream().map(u -> plain(u.text())).filter(t -> t.startsWith("Положение принимается"))
                .findFirst().orElseThrow();
        assertEquals("Положение принимается общим собранием работников и утверждается приказом директора Учреждения.",
                clause);
    }

    @Test
    void councilsWhoseOpinionTheRegulationTookAreAskedAgainForItsChanges() throws IOException {
        Files.writeString(old, SCHOOL + "  opinions:\n    - body: совет родителей\n      date: 2025-09-08\n      protocol: \"1\"\n");
        Path newer = version("new.yaml", "messenger:\n  name: мессенджер «Связь»\n", AMEND);
        ProfileException e = assertThrows(ProfileException.class, () -> new Amender(ENGINE, List.of(new HtmlRenderer()),
                false).amend(load(old), load(newer), ru.lokalakt.Examples.REGULATION));
        assertTrue(e.getMessage().contains("amend.opinions") && e.getMessage().contains("совет родителей"), e.getMessage());
    }

    @Test
    void theAcknowledgementSheetNamesThoseTheOrderCharges() throws IOException {
        Drafted d = draft("messenger:\n  name: мессенджер «Связь»\n");
        String sheet = d.order().substring(d.order().indexOf("Лист ознакомления"));
        assertTrue(sheet.contains("Орлов С. П."), "the deputy publishes and controls: " + sheet);
        assertFalse(sheet.contains("Жукова"), "the executor has no task in the order: " + sheet);
    }
}
