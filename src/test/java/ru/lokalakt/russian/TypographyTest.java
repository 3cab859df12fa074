package ru.lokalakt.russian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.LineBreak;
import ru.lokalakt.document.Metadata;
import ru.lokalakt.document.PageLayout;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Table;
import ru.lokalakt.document.Text;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographyTest {
    /** · stands for a no-break space, ^ for a word joiner. */
    private static String nb(String s) {
        return s.replace('·', '\u00A0').replace('^', '\u2060');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "№125/1-од|№·125/1-од", "протокол № 6|протокол №·6", "Титовой А.А. поручить|Титовой·А.·А. поручить",
            "О.Н. Копылова|О.·Н.·Копылова", "в 2024 г.|в 2024·г.", "г. Обнинск|г.·Обнинск",
            "и т.д.|и т.·д.", "(далее - ИКОП)|(далее·— ИКОП)", "2024-2025 учебный год|2024–2025 учебный год",
            "два  пробела|два пробела", "04-127|04-127", "учебно-воспитательной|учебно-воспитательной",
            "сайт prof-sferum.ru|сайт prof-sferum.ru",
            "огр. Доступ|огр. Доступ", "пр. Мира|пр. Мира", "2024-02|2024-02", "1990-2030 кв.|1990–2030 кв.",
            "телефон +7 900 000-00-01, почта|телефон +7·900·000‑00‑01, почта", "8 (48439) 4-94-64|8·(48439)·4‑94‑64",
            "в 2008 (12) 3-45-67|в 2008 (12) 3-45-67", "+7 900 000-00-011|+7 900 000-00-011",
            "№|№", "'протокол № '|'протокол №·'", "'г. '|'г.·'", "'в 2024 г. '|'в 2024·г. '", "Е.А.|Е.·А.", "до 2025 года|до 2025 года", "учреждение - Школа|учреждение·— Школа",
    })
    void spacing(String in, String expected) {
        assertEquals(nb(expected), Typography.spacing(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SAME|\"Лицей \"ДЕРЖАВА\"\"|«Лицей «ДЕРЖАВА»»",
            "TYPOGRAPHIC|\"Лицей \"ДЕРЖАВА\"\"|«Лицей „ДЕРЖАВА“»",
            "TYPOGRAPHIC|«Лицей «ДЕРЖАВА»»|«Лицей „ДЕРЖАВА“»",
            // A quoted name in a quoted title in a quoted title: the marks alternate level by level.
            "TYPOGRAPHIC|«Положение «О системе «Моя школа»» и приказ «О чатах»»|«Положение „О системе «Моя школа»“ и приказ „О чатах“»",
            "TYPOGRAPHIC|«Региональный сегмент „Моя школа“»|«Региональный сегмент „Моя школа“»",
            "SAME|«Региональный сегмент „Моя школа“»|«Региональный сегмент «Моя школа»»",
            "SAME|приказ \"Об организации\"|приказ «Об организации»",
    })
    void quotes(Typography.QuoteNesting nesting, String in, String expected) {
        assertEquals(expected, new Typography(nesting).quotes(in, new int[]{0}));
    }

    private static final Typography TYPOGRAPHIC = new Typography(Typography.QuoteNesting.TYPOGRAPHIC);

    /** A paragraph's text typeset as a document's would be. */
    private static String typeset(String text) {
        return plain(paragraphs(TYPOGRAPHIC.apply(document(new Paragraph(Style.BODY, List.of(Text.plain(text)))))).get(0));
    }

    private static Document document(Block... blocks) {
        return new Document(new Metadata("t", null, "a", LocalDate.of(2025, 9, 1), "ru-RU"), PageLayout.standard(14),
                List.of(blocks));
    }

    private static List<List<Inline>> paragraphs(Document d) {
        return d.blocks().stream().map(b -> ((Paragraph) b).content()).toList();
    }

    private static String plain(List<Inline> inlines) {
        return ru.lokalakt.document.Inlines.plainText(inlines);
    }

    /** One- and two-letter prepositions, conjunctions and particles stay with the next word; longer words do not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "в том числе и о чатах|в·том числе и·о·чатах",
            "«О направлении методических рекомендаций»|«О·направлении методических рекомендаций»",
            "К сведению: на сайте по адресу, не позднее|К·сведению: на·сайте по·адресу, не·позднее",
            "а также у родителей (в том числе)|а·также у·родителей (в·том числе)",
            "от школы до дома, за год из них, ни один, но да|от·школы до·дома, за·год из·них, ни·один, но·да",
            "для детей при школе без оценок под контролем|для детей при школе без оценок под контролем",
            "и. о. директора, т. е. в срок, с. Николаевка|и. о. директора, т.·е. в·срок, с. Николаевка",
            "приказ и|приказ и",
            "5 А класс|5 А·класс",
    })
    void shortWordsStayWithTheNextWord(String in, String expected) {
        assertEquals(nb(expected), typeset(in));
    }

    /** Розенталь: с, к, в take their vowel before the usual clusters; a capital, an abbreviation is left alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "в чате руководителя с студенческим активом|в·чате руководителя со·студенческим активом",
            "с своими, с всеми, с взрослыми, с мной|со·своими, со·всеми, со·взрослыми, со·мной",
            "с ссылкой, с здоровьем, с школой, с вторника|со·ссылкой, со·здоровьем, со·школой, со·вторника",
            "к всем, к второму, к мне, к многим, к дню учителя|ко·всем, ко·второму, ко·мне, ко·многим, ко·дню учителя",
            "в время, в Владивостоке, в всех, в Франции, в многом|во·время, во·Владивостоке, во·всех, во·Франции, во·многом",
            "с сайта, с сообщением, с СП, в ВКонтакте, в своих|с·сайта, с·сообщением, с·СП, в·ВКонтакте, в·своих",
            "к мнению, к дневнику, с мнением, в вузе, в фонде|к·мнению, к·дневнику, с·мнением, в·вузе, в·фонде",
            "С студентами, чат-с студентами|С·студентами, чат-с студентами",
            "со студентами, во время|со·студентами, во·время",
    })
    void prepositionsTakeTheirVowelBeforeAClusterAndNowhereElse(String in, String expected) {
        assertEquals(nb(expected), typeset(in));
    }

    @Test
    void theRulesSeeTheNextWordInTheNextRunButNotAcrossALineBreak() {
        Document d = TYPOGRAPHIC.apply(document(new Paragraph(Style.BODY, List.of(
                Text.plain("в чате с "), new Text("студенческим активом", true, false), Text.plain(" и"),
                new LineBreak(), Text.plain("к "), new ru.lokalakt.document.Blank("подпись")))));
        List<Inline> out = paragraphs(d).get(0);
        assertEquals(nb("в·чате со·"), ((Text) out.get(0)).text());
        assertEquals("студенческим активом", ((Text) out.get(1)).text());
        assertEquals(" и", ((Text) out.get(2)).text(), "a line break follows: nothing to bind «и» to");
        assertEquals(nb("к·"), ((Text) out.get(4)).text(), "a blank to fill in is a word");
    }

    /** A date may break between its month and its year, nowhere else. */
    @Test
    void aDateBreaksOnlyBetweenMonthAndYear() {
        assertEquals(nb("19·сентября 2025·года"), RussianDates.text(LocalDate.of(2025, 9, 19)));
        assertEquals(nb("в·срок до·19·сентября 2025·года"), typeset("в срок до 19 сентября 2025 года"));
        assertEquals(nb("с·1·сентября 2025·г. и·в·2026·году"), typeset("с 1 сентября 2025 г. и в 2026 году"));
    }

    /** An address keeps its hyphens and slashes, each followed by a word joiner: no line ends inside it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "почта ktis-sferum@example.ru.|почта ktis-^sferum@example.ru.",
            "на сайте https://prof-sferum.ru/help-center;|на·сайте https:/^/^prof-^sferum.ru/^help-^center;",
            "сайт prof-sferum.ru, учебно-воспитательной|сайт prof-^sferum.ru, учебно-воспитательной",
            "телефон +7 900 000-00-01|телефон +7·900·000‑00‑01",
            // A document's number is one word too: «№ 01-10/112» never breaks at its hyphen or slash.
            "приказ № 01-10/112 от|приказ №·01-^10/^112 от",
            "(№ 120-од).|(№·120-^од).",
            "приказом № 5 и|приказом №·5 и",
            // An abbreviated name keeps together: «КГА ПОУ «КТИС»», «ИКОП «Сферум»»; a long capital word does not bind.
            "уставом КГА ПОУ «КТИС» и|уставом КГА·ПОУ·«КТИС» и",
            "в ИКОП «Сферум» и|в·ИКОП·«Сферум» и",
            "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ|МИНИСТЕРСТВО ОБРАЗОВАНИЯ И·НАУКИ",
            // A Latin abbreviation keeps to its word; a one-word quoted name keeps to the word before it.
            "в VK Мессенджере и|в·VK·Мессенджере и",
            "учреждение «Лицей «ДЕРЖАВА»» и|учреждение «Лицей·„ДЕРЖАВА“» и",
            "творчества «Радуга» и|творчества «Радуга» и",
            "«Центр детского творчества «Радуга»» и|«Центр детского творчества·„Радуга“» и",
            "мессенджер MAX и|мессенджер MAX и",
            "сервис «Моя школа» и|сервис «Моя школа» и",
            // A postal address keeps «ул.», «д.», «тел.» with what follows.
            "г. Пермь, ул. Ленина, д. 44|г.·Пермь, ул.·Ленина, д.·44",
            "тел. 8 (342) 200-00-44|тел.·8·(342)·200‑00‑44",
    })
    void addressesNeverBreak(String in, String expected) {
        assertEquals(nb(expected), typeset(in));
        assertEquals(nb(expected).replace("\u2060", ""), Words.withoutJoiners(typeset(in)), "what a reader copies");
    }

    /** Every place a text stands in gets the same nesting of quotes, the file's title and the running header too. */
    @Test
    void quotesAreNestedInEveryPartOfTheDocument() {
        String name = "«Лицей «ДЕРЖАВА»»";
        Document d = new Document(new Metadata("Положение " + name, "Приказ " + name, name, LocalDate.of(2025, 9, 1), "ru-RU"),
                PageLayout.standard(14), List.of(
                new Paragraph(Style.BODY, List.of(Text.plain("Приказ «Об "), new Text("использовании «Сферума", true, false),
                        Text.plain("» в "), Text.plain(name), Text.plain("»"))),
                new Table(List.of(1, 1), List.of(name), List.of(List.of(name, "x"))),
                new Columns(new Paragraph(Style.BODY, List.of(Text.plain(name))), new Paragraph(Style.BODY, List.of(Text.plain(name)))),
                new SplitLine(Style.BODY, List.of(Text.plain(name)), List.of(Text.plain(name))),
                new BottomNote(List.of(Text.plain(name)))), new Document.Pages(null, name + ". Положение"));
        Document out = TYPOGRAPHIC.apply(d);
        String right = nb("«Лицей·„ДЕРЖАВА“»");
        assertEquals(nb("Приказ «Об·использовании „Сферума“ в·„Лицей «ДЕРЖАВА»“»"), plain(((Paragraph) out.blocks().get(0)).content()));
        Table t = (Table) out.blocks().get(1);
        assertEquals(List.of(right), t.header());
        assertEquals(right, t.rows().get(0).get(0));
        Columns c = (Columns) out.blocks().get(2);
        assertEquals(right, plain(c.left().content()) );
        assertEquals(right, plain(c.right().content()));
        SplitLine s = (SplitLine) out.blocks().get(3);
        assertEquals(right, plain(s.left()) + "", "split line, left");
        assertEquals(right, plain(s.right()));
        assertEquals(right, plain(((BottomNote) out.blocks().get(4)).content()));
        assertEquals(right + ". Положение", out.pages().runningTitle());
        // The file's properties carry the quotes, not the no-break spaces of a printed line.
        assertEquals("Положение " + right.replace('\u00A0', ' '), out.metadata().title());
        assertEquals("Приказ " + right.replace('\u00A0', ' '), out.metadata().subject());
    }
}
