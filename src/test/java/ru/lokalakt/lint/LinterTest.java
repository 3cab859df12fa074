package ru.lokalakt.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.lokalakt.Examples;
import ru.lokalakt.cli.Main;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.Text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinterTest {
    @TempDir
    Path dir;

    private static Clause clause(String text) {
        return new Clause(List.of(Text.plain(text)), List.of());
    }

    /** A document of one section holding {@code blocks}, so that its clauses are numbered 1.1., 1.2. … */
    private static Document section(String title, Block... blocks) {
        return new Document(new Metadata("t", null, "a", LocalDate.of(2024, 1, 1), "ru-RU"), PageLayout.standard(14),
                List.of(new Section(List.of(Text.plain(title)), List.of(blocks))));
    }

    @Test
    void findsEveryPlantedErrorWhereItStands() {
        Document d = section("Общие положения",
                        clause("Чат с родителями класса."),
                        clause("Значение ${order.date} не подставлено."),
                        clause("Лицей «ДЕРЖАВА без конца."),
                        clause("Приказ \"Об организации\"."),
                        clause("1.5. Пункт с номером, набранным вручную."),
                        new Clause(List.of(Text.plain("Перечень:")), List.of(new BulletList(List.of(
                                new BulletList.Item(List.of(Text.plain("два  пробела ;")), List.of()))))));
        List<Finding> findings = new Linter(Examples.load("detsad-44")).check("sferum/polozhenie", d);
        List<String> lines = findings.stream().map(Finding::toString).toList();
        assertTrue(lines.contains("sferum/polozhenie, пункт 1.1.: слово «класса» не для этого вида организации"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sferum/polozhenie, пункт 1.2.: остаток синтаксиса шаблона")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sferum/polozhenie, пункт 1.3.: кавычки не закрыты")), lines.toString());
        assertTrue(lines.contains("sferum/polozhenie, пункт 1.4.: прямые кавычки вместо «ёлочек»"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sferum/polozhenie, пункт 1.5.: номер набран вручную")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sferum/polozhenie, перечисление в пункте 1.6.: лишний пробел")), lines.toString());
        assertEquals(6, findings.size(), lines.toString());
    }

    @Test
    void theSameCheckFindsNothingInTheExamples() {
        for (String id : Examples.IDS) {
            assertEquals(List.of(), Examples.generator().lint(Examples.load(id), Examples.DOCUMENTS), id);
        }
    }

    @Test
    void generationRefusesAFailingDocumentUnlessForced() throws Exception {
        Path profile = dir.resolve("sad.yaml");
        Files.writeString(profile, "extends: " + Examples.profile("detsad-44") + "\nid: sad\norder:\n  heading: О чатах класса\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int refused;
        int forced;
        try {
            refused = Main.run("generate", profile.toString(), "-o", dir.resolve("out").toString());
            assertFalse(Files.exists(dir.resolve("out/sad")), "nothing written");
            forced = Main.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--force");
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, refused, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sferum/prikaz, абзац"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("слово «класса»"));
        assertEquals(0, forced);
        assertTrue(Files.exists(dir.resolve("out/sad/sferum-prikaz.docx")));
    }

    /** The hand-written scans find what the regular expressions they replaced found, at the same place. */
    @Test
    void scansAgreeWithTheirRegularExpressions() {
        java.util.regex.Pattern syntax = java.util.regex.Pattern.compile("\\$\\{|#\\{|</?#|</?@|\\[#");
        java.util.regex.Pattern loose = java.util.regex.Pattern.compile(" {2,}| [,.;:!?»)]|[«(] ");
        List<String> samples = List.of("", "a", "${x}", "цена $5 {", "#{a}", "<#if>", "</#if>", "<@m/>", "</@m>",
                "[#if]", "a < b", "</p>", "#", "<", "текст ${", "два  пробела", "слово ,", "слово .", "( скобка",
                "« кавычка", "конец )", "ёлочки »", "нормальный текст, без ошибок.", "a  ", " ;", "x!?", "(a) «b»");
        for (String s : samples) {
            java.util.regex.Matcher m = syntax.matcher(s);
            assertEquals(m.find() ? m.start() : -1, Linter.templateSyntax(s), s);
            java.util.regex.Matcher l = loose.matcher(s);
            assertEquals(l.find() ? l.start() : -1, Linter.looseSpace(s), s);
        }
    }

    @Test
    void forbiddenTermsAreWholeWordsInAnyCase() {
        Document d = section("Раздел",
                clause("Подкласс, классика и одноклассники не в счёт."),
                clause("КЛАССНЫЙ РУКОВОДИТЕЛЬ и Класса — в счёт."),
                clause("Учитель: 5класс, класс."));
        List<String> lines = new Linter(Examples.load("detsad-44")).check("d", d).stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "d, пункт 1.2.: слово «КЛАССНЫЙ РУКОВОДИТЕЛЬ» не для этого вида организации",
                "d, пункт 1.2.: слово «Класса» не для этого вида организации",
                "d, пункт 1.3.: слово «Учитель» не для этого вида организации",
                // A digit is no letter: «5класс» is the same wrong word with a missing space.
                "d, пункт 1.3.: слово «класс» не для этого вида организации",
                "d, пункт 1.3.: слово «класс» не для этого вида организации"), lines);
    }

    @Test
    void quotedNamesAreCitedAsTheyStandButTheTextAroundThemIsChecked() {
        Document d = section("Раздел",
                clause("Письмо «О работе с обучающимися и учителями» (вместе с «Рекомендациями „для класса“ и учителя»)"
                        + " — цитата; обучающимися и учителями — нет."),
                clause("Кавычка „Классы“ закрыта, классы — нет."));
        List<String> lines = new Linter(Examples.load("detsad-44")).check("d", d).stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "d, пункт 1.1.: слово «обучающимися» не для этого вида организации",
                "d, пункт 1.1.: слово «учителями» не для этого вида организации",
                "d, пункт 1.2.: слово «классы» не для этого вида организации"), lines);
    }

    /**
     * With typographic quotes (the default) a quote inside a quote takes „лапки“: the same «ёлочки» nested are a
     * finding wherever they stand; a profile that keeps one kind of mark (same) is not told otherwise.
     */
    @Test
    void nestedQuotesOfTheSameKindAreFoundOnlyWhereTheProfileNestsThem() {
        Document d = section("Раздел",
                clause("Приказ «О системе «Моя школа» и чатах»."),
                clause("Приказ «О системе „Моя школа“ и чатах»."),
                clause("«Положение „О системе «Моя школа» и „ИКОП““»."));
        ru.lokalakt.profile.Profile typographic = Examples.load("litsey-derzhava");
        assertEquals("typographic", typographic.string("typography.quotes"), "the default");
        List<String> lines = new Linter(typographic).check("d", d).stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "d, пункт 1.1.: кавычки внутри кавычек того же рисунка (нужно «…„…“…»): «Приказ «О системе «Моя школа» и чатах».»",
                "d, пункт 1.3.: кавычки внутри кавычек того же рисунка (нужно «…„…“…»): «…стеме «Моя школа» и „ИКОП““».»"),
                lines);
        ru.lokalakt.profile.Profile same = typographic.with("typography.quotes", "same", typographic.locationOf("typography"));
        assertEquals(List.of(), new Linter(same).check("d", section("Раздел", clause("Приказ «О системе «Моя школа» и чатах»."))));
        assertEquals(-1, Linter.sameQuotesNested("«a» «b» „c“ «d „e «f» g“ h»"));
    }
}
