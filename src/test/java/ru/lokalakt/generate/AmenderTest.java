package ru.lokalakt.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.document.diff.Change;
import ru.lokalakt.document.diff.Unit;
import ru.lokalakt.document.diff.Units;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.template.TemplateEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The amending order computed from two versions of a regulation: what it lists, and that it is exact. */
class AmenderTest {
    private static final TemplateEngine ENGINE = new TemplateEngine(Examples.TEMPLATES);

    private static Profile load(Path file) {
        return new ProfileLoader(Examples.PROFILES).load(file);
    }

    private static List<Unit> regulation(TemplateEngine engine, Profile p) {
        return Units.of(new Generator(engine, List.of()).document(p, ru.lokalakt.Examples.REGULATION));
    }

    private static String html(RenderedFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
    }

    @Test
    void theLyceumsMoveToMaxIsOnePhraseReplacedEverywhereAndOneDefinitionRestated() {
        Profile older = load(Examples.profile("litsey-derzhava"));
        Profile newer = load(Examples.PROFILES.resolve("versions/litsey-derzhava-2025.yaml"));
        Amender.Result r = new Amender(ENGINE, List.of(new HtmlRenderer()), false).amend(older, newer, ru.lokalakt.Examples.REGULATION);

        assertEquals(3, r.changes().size(), r.changes().toString());
        Change.Everywhere everywhere = assertInstanceOf(Change.Everywhere.class, r.changes().get(0));
        assertEquals("VK Мессенджер", everywhere.from());
        assertEquals("национальный мессенджер MAX", everywhere.to());
        assertTrue(everywhere.anyCase(), "several cases occur: «в VK Мессенджере», «VK Мессенджер —»");
        assertTrue(everywhere.inTitle());
        // The new edition speaks as of 01.09.2025: the rules of № 1678, in force since 01.09.2024, join its grounds.
        Change.ParagraphsAdd act = assertInstanceOf(Change.ParagraphsAdd.class, r.changes().get(1));
        assertEquals("1.2", act.label());
        assertTrue(act.texts().get(0).contains("№ 1678"), act.texts().toString());
        Change.Paragraph definition = assertInstanceOf(Change.Paragraph.class, r.changes().get(2));
        assertEquals("1.3", definition.label());
        assertEquals(2, definition.paragraph(), "the messenger's definition is the third paragraph of 1.3");

        assertEquals(regulation(ENGINE, newer), ApplyChanges.apply(regulation(ENGINE, older), r.changes()));

        assertEquals(List.of("amend-prikaz.html", "sferum-polozhenie.html"),
                r.files().stream().map(RenderedFile::fileName).toList());
        String order = html(r.files().get(0));
        assertTrue(order.contains("О внесении изменений в Положение об использовании информационно-коммуникационной "
                + "образовательной платформы «Сферум» в VK Мессенджере"), order);
        assertTrue(order.contains("утверждённое приказом директора МБОУ «Лицей „ДЕРЖАВА“» от 02.02.2024 № 125/1-од"), order);
        // The definition restated in 1.3 is excepted from the replacement all through the text.
        assertTrue(order.contains("1.1. По всему тексту Положения, включая наименование, за исключением абзаца третьего "
                + "пункта 1.3, слова «VK Мессенджер» в "
                + "соответствующем падеже заменить словами «национальный мессенджер MAX» в соответствующем падеже."), order);
        assertTrue(order.contains("1.3. Абзац третий пункта 1.3 изложить в следующей редакции: «– национальный "
                + "мессенджер MAX — российский многофункциональный сервис"), order);
        assertTrue(order.contains("01.09.2025") && order.contains("№ 98-од"), "the amending order's own date and number");
        assertTrue(order.contains("В связи с переходом учебного профиля Сферума в национальный мессенджер MAX"), order);
        String consolidated = html(r.files().get(1));
        assertTrue(consolidated.contains("(в редакции приказа от 01.09.2025 № 98-од)"), "the consolidated text's mark");
        assertFalse(consolidated.contains("VK"), "no trace of the old messenger in the new text");
    }

    @Test
    void theSameTextGivesNoChangesAndNoFiles() {
        Profile p = load(Examples.profile("ktis"));
        Amender.Result r = new Amender(ENGINE, List.of(new HtmlRenderer()), false).amend(p, p, ru.lokalakt.Examples.REGULATION);
        assertTrue(r.changes().isEmpty());
        assertTrue(r.files().isEmpty());
    }

    // ---- the property: apply(diff(old, new), old) == new -------------------------------------------------------

    /** Edits a profile of the lyceum might see between two years; each variant takes a random subset. */
    private static String variant(String base, Random random) {
        String s = base;
        if (random.nextBoolean()) {
            s = s.replace("  name: VK Мессенджер\n", "  name: " + List.of("национальный мессенджер MAX", "мессенджер MAX",
                    "корпоративный мессенджер").get(random.nextInt(3)) + "\n");
        }
        if (random.nextBoolean()) {
            s = s.replace("МБОУ «Лицей «ДЕРЖАВА»»", "МАОУ «Лицей «ДЕРЖАВА»»")
                    .replace("Муниципальное бюджетное", "Муниципальное автономное");
        }
        if (random.nextBoolean()) {
            // The Сферум Положение's approval (at the top of the profile), not the e-learning package's in its section.
            s = s.replaceFirst("(?m)^approval:\n", "approval:\n  body: " + List.of("Управляющий совет", "Наблюдательный совет",
                    "общее собрание работников").get(random.nextInt(3)) + "\n");
        }
        StringBuilder clauses = new StringBuilder();
        for (String option : List.of("learner_accounts", "younger_pupils", "subjects")) {
            if (random.nextInt(3) == 0) {
                clauses.append("  ").append(option).append(": false\n");
            }
        }
        if (!clauses.isEmpty()) {
            s = s + "\nclauses:\n" + clauses;
        }
        if (random.nextInt(3) == 0) {
            s = s.replace("бесплатное российское приложение для обмена сообщениями, звонков и видеоконференций",
                    "сервис обмена информацией, через который работает учебный профиль организации с 2025 года");
        }
        if (random.nextInt(3) == 0) {
            s = s.replace("  surname: Титова\n    initials: А. А.", "  surname: Белова\n    initials: Е. В.");
        }
        return s;
    }

    /** A new template version: clauses dropped, a clause added, a word changed, at random. */
    private static void mutate(Path templates, Random random) throws IOException {
        Path file = templates.resolve("sferum/polozhenie.ftlx");
        String text = Files.readString(file);
        List<int[]> clauses = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ *<@d\\.clause>[^\\n]*</@d\\.clause>\\n").matcher(text);
        while (m.find()) {
            clauses.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(text);
        for (int k = clauses.size() - 1; k >= 0; k--) {
            int[] c = clauses.get(k);
            int dice = random.nextInt(12);
            if (dice == 0) {
                out.delete(c[0], c[1]);
            } else if (dice == 1) {
                out.insert(c[1], "    <@d.clause>Новый пункт номер " + k + ": участники образовательных отношений соблюдают "
                        + "правила платформы.</@d.clause>\n");
            } else if (dice == 2) {
                String clause = out.substring(c[0], c[1]);
                String changed = clause.replaceFirst("платформ", "системы платформ");
                out.replace(c[0], c[1], changed);
            }
        }
        Files.writeString(file, out.toString());
    }

    @Test
    void applyingTheListedChangesToTheOldTextGivesTheNewTextExactly(@TempDir Path tmp) throws IOException {
        String base = Files.readString(Examples.profile("litsey-derzhava"));
        Random random = new Random(20251);
        int withChanges = 0;
        int pointByPoint = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (int round = 0; round < 24; round++) {
            ProfileLoader loader = new ProfileLoader(Examples.PROFILES);
            Profile older = loader.loadText(variant(base, random), "old-" + round + ".yaml");
            Profile newer = loader.loadText(variant(base, random), "new-" + round + ".yaml");
            TemplateEngine newEngine = ENGINE;
            if (round % 2 == 1) {
                Path templates = tmp.resolve("templates-" + round);
                Examples.copyTree(Examples.TEMPLATES, templates);
                mutate(templates, random);
                newEngine = new TemplateEngine(templates);
            }
            List<Unit> before = regulation(ENGINE, older);
            List<Unit> after = regulation(newEngine, newer);
            List<Change> changes = new Amender(ENGINE, newEngine, List.of(), true).diff(older, newer, ru.lokalakt.Examples.REGULATION);
            assertEquals(after, ApplyChanges.apply(before, changes), "round " + round + ": " + changes);
            assertEquals(before.equals(after), changes.isEmpty(), "round " + round);
            changes.forEach(c -> kinds.add(c.getClass().getSimpleName()));
            if (!changes.isEmpty()) {
                withChanges++;
                pointByPoint += changes.get(0) instanceof Change.Whole ? 0 : 1;
            }
        }
        assertTrue(withChanges >= 20, "most rounds change something: " + withChanges);
        assertEquals(withChanges, pointByPoint, "every change listed point by point, none by restating the whole text");
        assertEquals(java.util.Set.of("Add", "Everywhere", "Paragraph", "ParagraphsAdd", "ParagraphsRemove", "Remove",
                "Restate", "Words"), kinds,
                "the rounds exercise every kind of point");
    }

    /** Each bundled next version amends its example: point by point, exactly, and its history recorded as computed. */
    @Test
    void everyBundledNextVersionAmendsItsExampleExactly() throws IOException {
        List<Path> versions;
        try (var files = Files.list(Examples.PROFILES.resolve("versions"))) {
            versions = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(4, versions.size(), versions.toString());
        for (Path version : versions) {
            Profile newer = load(version);
            Profile older = load(Examples.profile(newer.id()));
            Amender.Result r = new Amender(ENGINE, List.of(new HtmlRenderer()), false).amend(older, newer, ru.lokalakt.Examples.REGULATION);
            assertFalse(r.changes().isEmpty(), version.toString());
            assertFalse(r.changes().get(0) instanceof Change.Whole, version + ": " + r.changes());
            assertEquals(regulation(ENGINE, Amender.withHistory(older, newer)),
                    ApplyChanges.apply(regulation(ENGINE, older), r.changes()), version.toString());
            assertEquals(Amender.newHistory(older, newer), Amender.history(newer),
                    version + ": the history the file records is the one the example gives");
        }
    }
}
