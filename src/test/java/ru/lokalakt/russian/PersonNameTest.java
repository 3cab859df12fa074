package ru.lokalakt.russian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNameTest {
    private static final String NBSP = "\u00A0";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Титова|female|dat|Титовой", "Титова|female|acc|Титову", "Титова|female|ins|Титовой",
            "Копылова|female|gen|Копыловой", "Склянчук|male|dat|Склянчуку", "Склянчук|female|dat|Склянчук",
            "Черных|female|dat|Черных", "Черных|male|gen|Черных", "Шевченко|male|dat|Шевченко",
            "Петров-Водкин|male|dat|Петрову-Водкину", "Иванов|male|ins|Ивановым", "Толстой|male|gen|Толстого",
            "Павлинчук|female|gen|Павлинчук", "Дюма|male|gen|Дюма",
    })
    void surnames(String surname, String gender, String caseKey, String expected) {
        PersonName name = new PersonName(surname, null, null, "А. А.", Gender.valueOf(gender.toUpperCase()), Map.of());
        assertEquals(expected, name.surname(GrammaticalCase.fromKey(caseKey)));
    }

    @Test
    void formsOfTheText() {
        PersonName titova = new PersonName("Титова", null, null, "А.А.", Gender.FEMALE, Map.of());
        assertEquals("Титовой" + NBSP + "А." + NBSP + "А.", titova.surnameInitials(GrammaticalCase.DATIVE));
        assertEquals("А." + NBSP + "А." + NBSP + "Титова", titova.initialsSurname());
        PersonName petrova = new PersonName("Петрова", "Марина", "Александровна", null, Gender.FEMALE, Map.of());
        assertEquals("Петровой Марины Александровны", petrova.full(GrammaticalCase.GENITIVE));
        assertEquals("М." + NBSP + "А." + NBSP + "Петрова", petrova.initialsSurname());
    }

    @Test
    void explicitFormsWin() {
        PersonName shvets = new PersonName("Швец", null, null, "И. И.", Gender.MALE,
                Map.of(GrammaticalCase.DATIVE, "Швецу"));
        assertEquals("Швецу", shvets.surname(GrammaticalCase.DATIVE));
    }
}
