package ru.lokalakt.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.Examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema is one source: {@code profiles/schema.json} and the README's field table are made from it (run with
 * {@code -Dlokalakt.write=true} to rewrite both), every field has a Russian description and an example, and the
 * JSON Schema accepts every bundled profile and rejects a misspelt field.
 */
class SchemaFilesTest {
    private static final Path SCHEMA_FILE = Examples.PROFILES.resolve("schema.json");
    private static final Path README = Examples.ROOT.resolve("README.md");
    static final String TABLE_START = "<!-- поля профиля: начало (из Schema и SchemaDocs) -->";
    static final String TABLE_END = "<!-- поля профиля: конец -->";
    private static final boolean WRITE = Boolean.getBoolean("lokalakt.write");

    static String expectedSchema() {
        List<Path> roots = List.of(Examples.PROFILES);
        return JsonSchema.generate(ProfileLoader.known(roots, "kinds"), ProfileLoader.known(roots, "regions"));
    }

    /** Every leaf field of the schema, dotted, lists and maps as «*». */
    static List<String> leaves(Schema schema, String path) {
        List<String> out = new ArrayList<>();
        if (schema instanceof Schema.Fields f) {
            f.fields().forEach((k, v) -> out.addAll(leaves(v, path.isEmpty() ? k : path + "." + k)));
        } else if (schema instanceof Schema.ListOf l && l.item() instanceof Schema.Fields) {
            out.addAll(leaves(l.item(), path + ".*"));
        } else if (schema instanceof Schema.MapOf) {
            out.add(path + ".*");
        } else {
            out.add(path);
        }
        return out;
    }

    static String expectedTable() {
        String header = "| поле | где обычно | смысл | пример |\n| --- | --- | --- | --- |\n";
        StringBuilder t = new StringBuilder(TABLE_START).append("\n\nОбщие поля — у каждой организации; поля приказа и "
                + "принятия Положения (`order`, `approval`, `polozhenie`, `amend`, `history`) есть у каждого пакета с "
                + "Положением (у пакета с разделом — внутри раздела).\n\n").append(header);
        Map<ru.lokalakt.profile.PackageManifest, StringBuilder> byPackage = new java.util.LinkedHashMap<>();
        Catalog.active().packages().forEach(p -> byPackage.put(p, new StringBuilder()));
        for (String path : leaves(Catalog.active().profile(), "")) {
            SchemaDocs.Doc doc = SchemaDocs.of(path);
            String example = doc.example() == null ? "" : "`" + doc.example() + "`";
            ru.lokalakt.profile.PackageManifest p = Catalog.active().fieldPackage(path);
            (p == null ? t : byPackage.get(p)).append("| `").append(path).append("` | ").append(doc.where().label())
                    .append(" | ").append(doc.description().replace("|", "\\|")).append(" | ").append(example).append(" |\n");
        }
        byPackage.forEach((p, rows) -> t.append("\nПакет `").append(p.name()).append("` (").append(p.title())
                .append(p.section().isEmpty() ? "; поля на верхнем уровне профиля)" : "; раздел `" + p.section() + "`)")
                .append(":\n\n").append(header).append(rows));
        t.append("\nЛицо (`head`, `staff.*`): ");
        List<String> person = new ArrayList<>();
        SchemaDocs.PERSON.forEach((k, d) -> person.add("`" + k + "` — " + d.description()));
        t.append(String.join("; ", person)).append(".\n\n").append(TABLE_END);
        return t.toString();
    }

    @Test
    void everyFieldHasARussianDescriptionAndLeavesAnExample() {
        for (String path : leaves(Catalog.active().profile(), "")) {
            SchemaDocs.Doc doc = SchemaDocs.of(path);
            assertNotNull(doc, "no description for " + path);
            assertTrue(doc.description().matches(".*[а-яё].*"), path);
            boolean container = Schema.at(path.replace("*", "0")) instanceof Schema.ListOf
                    || Schema.at(path.replace("*", "0")) instanceof Schema.MapOf
                    || Schema.at(path) instanceof Schema.Person
                    || path.endsWith(".note") || path.equals("extends");
            assertTrue(container || doc.example() != null || path.equals("terms.system_channels")
                    || path.equals("forbidden_terms"), "no example for " + path);
        }
    }

    @Test
    void schemaJsonIsMadeFromTheSchema() throws IOException {
        String expected = expectedSchema();
        if (WRITE) {
            Files.writeString(SCHEMA_FILE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8),
                "profiles/schema.json differs from the schema: mvn test -Dtest=SchemaFilesTest -Dlokalakt.write=true");
    }

    @Test
    void theReadmesFieldTableIsMadeFromTheSchema() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertTrue(start >= 0 && end > start, "the README marks its field table");
        String current = readme.substring(start, end + TABLE_END.length());
        if (WRITE) {
            Files.writeString(README, readme.replace(current, expectedTable()), StandardCharsets.UTF_8);
            current = expectedTable();
        }
        assertEquals(expectedTable(), current,
                "the README's field table differs from the schema: mvn test -Dtest=SchemaFilesTest -Dlokalakt.write=true");
    }

    static Stream<Path> bundledProfiles() throws IOException {
        try (Stream<Path> files = Files.walk(Examples.PROFILES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        com.networknt.schema.JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
        return schema.validate(node);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledProfiles")
    void theJsonSchemaAcceptsEveryBundledProfileWhichPointsAtIt(Path profile) throws IOException {
        String text = Files.readString(profile, StandardCharsets.UTF_8);
        assertEquals(Set.of(), validate(text), profile.toString());
        String first = text.lines().findFirst().orElse("");
        String relative = profile.getParent().relativize(SCHEMA_FILE).toString().replace('\\', '/');
        assertEquals("# yaml-language-server: $schema=" + relative, first, profile + " names the schema for editors");
    }

    @Test
    void theJsonSchemaRejectsAMisspeltFieldAndAWrongValue() throws IOException {
        String good = Files.readString(Examples.profile("litsey-derzhava"), StandardCharsets.UTF_8);
        assertTrue(validate(good).isEmpty());
        Set<ValidationMessage> misspelt = validate(good.replace("  full_name:", "  ful_name:"));
        assertFalse(misspelt.isEmpty());
        assertTrue(misspelt.toString().contains("ful_name"), misspelt.toString());
        assertFalse(validate(good.replace("kind: school", "kind: shcool")).isEmpty(), "an unknown kind");
        assertFalse(validate(good.replace("date: 2024-02-02", "date: 02.02.2024")).isEmpty(), "a date as written by hand");
        assertFalse(validate(good.replace("gender: female", "gender: f")).isEmpty(), "a person's gender");
    }
}
