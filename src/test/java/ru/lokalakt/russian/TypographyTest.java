package ru.lokalakt.russian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographyTest {
    private static String nb(String s) {
        return s.replace('·', '\u00A0');
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
            "SAME|приказ \"Об организации\"|приказ «Об организации»",
    })
    void quotes(Typography.QuoteNesting nesting, String in, String expected) {
        assertEquals(expected, new Typography(nesting).quotes(in, new int[]{0}));
    }
}
