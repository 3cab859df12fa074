package ru.lokalakt.russian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phrases secretaries type (bodies, positions, organisation types, ministries, cities, systems), each in six
 * cases as the normative rules give them (src/test/resources/phrases.tsv), against what {@link PhraseDecliner}
 * computes. At least 98 % of the computed forms (the five oblique cases) must be right; every miss is printed.
 */
class PhraseTableTest {
    record Row(int line, boolean animate, String[] forms, String section) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PhraseTableTest.class.getResourceAsStream("/phrases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String section = "";
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("# ---- ")) {
                    section = line.substring("# ---- ".length());
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                assertEquals(7, cells.length, "строка " + (i + 1) + ": нужно 7 столбцов");
                assertTrue(cells[0].equals("a") || cells[0].equals("i"), "строка " + (i + 1));
                String[] forms = new String[6];
                System.arraycopy(cells, 1, forms, 0, 6);
                rows.add(new Row(i + 1, cells[0].equals("a"), forms, section));
            }
        }
        return rows;
    }

    /** Every wrong oblique form of {@code row}, one line each. */
    private static List<String> misses(Row row) {
        List<String> misses = new ArrayList<>();
        Map<GrammaticalCase, String> computed = PhraseDecliner.forms(row.forms[0], row.animate);
        for (GrammaticalCase c : GrammaticalCase.values()) {
            String expected = row.forms[c.ordinal()];
            if (c != GrammaticalCase.NOMINATIVE && !expected.equals(computed.get(c))) {
                misses.add("строка " + row.line + ", " + c.key() + ": ожидалось «" + expected + "», получено «"
                        + computed.get(c) + "»");
            }
        }
        return misses;
    }

    @Test
    void atLeast98PercentOfFormsAreRight() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 400, "в таблице " + rows.size() + " словосочетаний, нужно не меньше 400");
        int total = 5 * rows.size();
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            misses.addAll(misses(row));
        }
        misses.forEach(System.out::println);
        double right = 100.0 * (total - misses.size()) / total;
        System.out.printf("Словосочетаний: %d, форм: %d, верных: %d (%.2f %%)%n", rows.size(), total,
                total - misses.size(), right);
        assertTrue(right >= 98.0, String.format("верных форм %.2f %% < 98 %%", right));
    }

    /**
     * Sections whose every form must be right: the classes no document may get wrong (issue 23, «Grammar that no
     * template may get wrong»). A section is named by the start of its heading, «# ---- … ----».
     */
    @ParameterizedTest
    @ValueSource(strings = {"a proper name after a generic word", "a head with the word it governs"})
    void everyFormOfAClassNoDocumentMayGetWrongIsRight(String section) throws IOException {
        List<Row> rows = rows().stream().filter(r -> r.section.startsWith(section)).toList();
        assertTrue(rows.size() >= 10, "в разделе «" + section + "» " + rows.size() + " словосочетаний");
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            misses.addAll(misses(row));
        }
        assertEquals(List.of(), misses, section);
    }
}
