package ru.lokalakt.russian;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of surnames in src/test/resources/surnames.tsv: at least 98 % of forms right, every hard case right. */
class SurnameTableTest {
    private static final GrammaticalCase[] CASES = {GrammaticalCase.GENITIVE, GrammaticalCase.DATIVE,
            GrammaticalCase.ACCUSATIVE, GrammaticalCase.INSTRUMENTAL, GrammaticalCase.PREPOSITIONAL};

    @Test
    void accuracyAndHardCases() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/surnames.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertTrue(lines.size() >= 150, lines.size() + " names");
        int forms = 0;
        List<String> wrong = new ArrayList<>();
        List<String> hardWrong = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            PersonName name = new PersonName(f[0], null, null, "А. А.", Gender.valueOf(f[1].toUpperCase()), Map.of());
            for (int i = 0; i < CASES.length; i++) {
                forms++;
                String got = name.surname(CASES[i]);
                if (!got.equals(f[2 + i])) {
                    String miss = f[0] + " (" + f[1] + ") " + CASES[i].key() + ": ожидалось " + f[2 + i] + ", получено " + got;
                    wrong.add(miss);
                    if (f.length > 7 && f[7].equals("hard")) {
                        hardWrong.add(miss);
                    }
                }
            }
        }
        double accuracy = 100.0 * (forms - wrong.size()) / forms;
        System.out.printf("surnames: %d names, %d forms, %.1f %% right%n", lines.size(), forms, accuracy);
        wrong.forEach(w -> System.out.println("  " + w));
        assertEquals(List.of(), hardWrong);
        assertTrue(accuracy >= 98.0, String.format("%.1f %% < 98 %%: %s", accuracy, wrong));
    }
}
