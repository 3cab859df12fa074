package ru.lokalakt.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile's schema (the core and every package's fields, {@link Catalog#profile}) as a JSON Schema (draft 2020-12) with the Russian descriptions and examples of
 * {@link SchemaDocs}: editors with a YAML language server complete and check profile fields from it. Written to
 * {@code profiles/schema.json}; a test keeps the file equal to what this class makes.
 */
public final class JsonSchema {
    private JsonSchema() {
    }

    /** The schema as JSON text, the same bytes for the same schema. */
    public static String generate(Set<String> kinds, Set<String> regions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://lokalakt.ru/schema/profile.json");
        root.put("title", "Профиль lokalakt");
        root.put("description", "Сведения об образовательной организации, её виде или регионе для документов lokalakt.");
        Map<String, Object> object = node(Catalog.active().profile(), "");
        root.putAll(object);
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("phrase", phrase());
        defs.put("person", person());
        root.put("$defs", defs);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) root.get("properties");
        properties.put("kind", named(properties.get("kind"), kinds, "kind", true));
        // A region may also come from the user's own profiles folder: the bundled ones are offered, not imposed.
        properties.put("region", named(properties.get("region"), regions, "region", false));
        return Json.pretty(root) + "\n";
    }

    /** kind and region: a bundled name in an institution's profile, or the full section in a kind's or region's file. */
    private static Map<String, Object> named(Object section, Set<String> names, String path, boolean closed) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "string");
        if (closed) {
            name.put("enum", new ArrayList<>(names));
        } else {
            name.put("pattern", "^[a-z0-9][a-z0-9_-]*$");
            name.put("examples", new ArrayList<>(names));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        describe(out, path);
        out.put("anyOf", List.of(name, section));
        return out;
    }

    private static Map<String, Object> node(Schema schema, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        describe(out, path);
        if (schema instanceof Schema.StaffRef) {
            out.put("type", List.of("string", "number"));
        } else if (schema instanceof Schema.Str str) {
            out.put("type", List.of("string", "number"));
            if (str.pattern() != null) {
                out.put("pattern", "^(?:" + str.pattern() + ")$");
            }
        } else if (schema instanceof Schema.Bool) {
            out.put("type", "boolean");
        } else if (schema instanceof Schema.Date) {
            out.put("type", "string");
            out.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            out.put("format", "date");
        } else if (schema instanceof Schema.OneOf oneOf) {
            List<Object> values = new ArrayList<>(oneOf.values().stream().sorted().toList());
            for (String v : oneOf.values().stream().sorted().toList()) {
                if (v.matches("\\d+")) {
                    values.add(Integer.parseInt(v));
                }
            }
            out.put("enum", values);
        } else if (schema instanceof Schema.Phrase) {
            out.put("$ref", "#/$defs/phrase");
        } else if (schema instanceof Schema.Person) {
            out.put("$ref", "#/$defs/person");
        } else if (schema instanceof Schema.ListOf list) {
            out.put("type", "array");
            out.put("items", node(list.item(), path + ".*"));
        } else if (schema instanceof Schema.MapOf map) {
            out.put("type", "object");
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("pattern", "^[A-Za-z0-9_-]+$");
            out.put("propertyNames", keys);
            out.put("additionalProperties", node(map.value(), path + ".*"));
        } else if (schema instanceof Schema.Fields fields) {
            out.put("type", "object");
            Map<String, Object> properties = new LinkedHashMap<>();
            fields.fields().forEach((k, v) -> properties.put(k, node(v, path.isEmpty() ? k : path + "." + k)));
            out.put("properties", properties);
            out.put("additionalProperties", false);
        } else if (schema instanceof Schema.Any) {
            Map<String, Object> one = obj("type", "string");
            Map<String, Object> many = new LinkedHashMap<>();
            many.put("type", "array");
            many.put("items", one);
            out.put("anyOf", List.of(one, many));
        }
        return out;
    }

    private static void describe(Map<String, Object> out, String path) {
        SchemaDocs.Doc doc = path.isEmpty() ? null : SchemaDocs.of(path);
        if (doc != null) {
            out.put("description", doc.description() + " (обычно: " + doc.where().label() + ")");
            if (doc.example() != null) {
                out.put("examples", List.of(doc.example()));
            }
        }
    }

    private static Map<String, Object> phrase() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", "Фраза: строка (падежи вычисляются) или формы по падежам nom, gen, dat, acc, ins, pre; "
                + "animate: true — фраза называет лицо");
        Map<String, Object> forms = new LinkedHashMap<>();
        forms.put("type", "object");
        Map<String, Object> cases = new LinkedHashMap<>();
        String[][] names = {{"nom", "именительный: кто? что?"}, {"gen", "родительный: кого? чего?"},
                {"dat", "дательный: кому? чему?"}, {"acc", "винительный: кого? что?"},
                {"ins", "творительный: кем? чем?"}, {"pre", "предложный: о ком? о чём?"}};
        for (String[] c : names) {
            cases.put(c[0], obj("type", "string", "description", c[1]));
        }
        cases.put("animate", obj("type", "boolean", "description", "фраза называет лицо: винительный = родительный"));
        forms.put("properties", cases);
        forms.put("required", List.of("nom"));
        forms.put("additionalProperties", false);
        out.put("anyOf", List.of(obj("type", "string"), forms));
        return out;
    }

    private static Map<String, Object> person() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", "Лицо: фамилия, имя и отчество или инициалы, пол, должность");
        out.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        SchemaDocs.PERSON.forEach((k, doc) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("description", doc.description());
            switch (k) {
                case "gender" -> p.put("enum", List.of("female", "male"));
                case "position" -> p.put("$ref", "#/$defs/phrase");
                case "surname_forms" -> p.put("type", "object");
                default -> p.put("type", "string");
            }
            if (doc.example() != null) {
                p.put("examples", List.of(doc.example()));
            }
            properties.put(k, p);
        });
        out.put("properties", properties);
        out.put("required", List.of("surname", "gender"));
        out.put("additionalProperties", false);
        return out;
    }

    /** A JSON object with its keys in the order given: Map.of would order them differently from run to run. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

}
