package ru.lokalakt.render.pdf;

import org.junit.jupiter.api.Test;
import ru.lokalakt.render.pdf.layout.LineBreaker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line breaker with a font of fixed width: every character 1 pt wide, so widths are lengths. */
class LineBreakerTest {
    private static final LineBreaker.Measure MONO = String::length;

    private static LineBreaker.Run<String> run(String text) {
        return new LineBreaker.Run<>(text, "regular", MONO);
    }

    private static List<String> texts(List<LineBreaker.Line<String>> lines) {
        return lines.stream().map(LineBreaker.Line::text).toList();
    }

    @Test
    void fillsEachLineGreedilyAndDropsTheSpacesAtItsEnd() {
        List<LineBreaker.Line<String>> lines = LineBreaker.lines(List.of(run("один два три четыре пять")), 10.5f, 10.5f);
        assertEquals(List.of("один два", "три четыре", "пять"), texts(lines), "«три четыре» is 10 wide: it fits");
        assertEquals(List.of(false, false, true), lines.stream().map(LineBreaker.Line::last).toList());
        assertEquals(List.of("один два", "три", "четыре", "пять"),
                texts(LineBreaker.lines(List.of(run("один два три четыре пять")), 10, 10)),
                "a line must fit with 0.4 pt to spare, as LibreOffice breaks a nearly full line");
    }

    @Test
    void theFirstLineHasItsOwnMeasure() {
        assertEquals(List.of("один", "два три", "четыре", "пять"),
                texts(LineBreaker.lines(List.of(run("один два три четыре пять")), 5, 8)));
    }

    @Test
    void breaksAfterAHyphenButNotAtANoBreakSpaceOrNonBreakingHyphen() {
        assertEquals(List.of("информационно-", "коммуникационной"),
                texts(LineBreaker.lines(List.of(run("информационно-коммуникационной")), 20, 20)));
        assertEquals(List.of("слово", "№\u00A0273-ФЗ"), texts(LineBreaker.lines(List.of(run("слово №\u00A0273-ФЗ")), 9, 9)));
        assertEquals(List.of("СП 2.4.3648-", "20"), texts(LineBreaker.lines(List.of(run("СП 2.4.3648-20")), 13, 13)));
        assertEquals(List.of("+7\u00A0900\u00A0000\u201100\u201101"),
                texts(LineBreaker.lines(List.of(run("+7\u00A0900\u00A0000\u201100\u201101")), 5, 5)));
    }

    @Test
    void anAddressOrANumberIsNeverBroken() {
        assertEquals(List.of("почта", "ktissferum@example.ru."),
                texts(LineBreaker.lines(List.of(run("почта ktissferum@example.ru.")), 12, 12)));
        assertEquals(List.of("от", "29.12.2012"), texts(LineBreaker.lines(List.of(run("от 29.12.2012")), 5, 5)));
    }

    /** An address's hyphen followed by a word joiner, and a no-break space, are no places to break a line. */
    @Test
    void aWordJoinerAndANoBreakSpaceHoldTheLineTogether() {
        assertEquals(List.of("почта", "ktis-\u2060sferum@example.ru."),
                texts(LineBreaker.lines(List.of(run("почта ktis-\u2060sferum@example.ru.")), 12, 12)));
        assertEquals(List.of("почта ktis-", "sferum@example.ru."),
                texts(LineBreaker.lines(List.of(run("почта ktis-sferum@example.ru.")), 12, 12)), "without it");
        assertEquals(List.of("один", "и\u00A0в\u00A0школе"), texts(LineBreaker.lines(List.of(run("один и\u00A0в\u00A0школе")), 7, 20)));
        assertEquals(List.of("один и", "в школе"), texts(LineBreaker.lines(List.of(run("один и в школе")), 7, 20)), "without it");
    }

    @Test
    void aForcedBreakEndsALineThatKeepsNaturalSpaces() {
        List<LineBreaker.Line<String>> lines = LineBreaker.lines(List.of(run("а б в"), LineBreaker.Run.lineBreak(),
                run("г д е")), 40, 40);
        assertEquals(List.of("а б в", "г д е"), texts(lines));
        assertTrue(lines.get(0).last(), "the line before a forced break is set like a last line");
    }

    @Test
    void keepsEachPieceInItsRunsFont() {
        List<LineBreaker.Line<String>> lines = LineBreaker.lines(List.of(run("жирный "),
                new LineBreaker.Run<>("курсив слово", "italic", MONO)), 14, 14);
        assertEquals(List.of("жирный курсив", "слово"), texts(lines));
        assertEquals(List.of("regular", "italic"), lines.get(0).runs().stream().map(LineBreaker.Run::font).toList());
        assertEquals("italic", lines.get(1).runs().get(0).font());
        assertFalse(lines.get(0).last());
    }

    @Test
    void aWordWiderThanTheLineStandsAlone() {
        assertEquals(List.of("а", "длинноеслово", "б"), texts(LineBreaker.lines(List.of(run("а длинноеслово б")), 5, 5)));
    }
}
