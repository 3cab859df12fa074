package ru.lokalakt.web;

import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.PackageManifest;
import ru.lokalakt.profile.Schema;
import ru.lokalakt.profile.SchemaDocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one institution: which fields a secretary fills in and in which groups. Each field's label, hint,
 * input type, choices and whether it is required come from the profile's schema ({@link Schema},
 * {@link SchemaDocs}), the same source as validation and the README.
 */
public final class FormSpec {
    /** A field of the form. {@code type}: text, date, email, url, select, checkbox, staff (a key of staff). */
    public record Field(String path, String label, String hint, String type, List<String> options, boolean required,
                        boolean declined) {
        public String id() {
            return "f-" + path.replace('.', '-');
        }
    }

    /** A group of the form; {@code pkg}: the package whose documents need it (null for the core's). */
    public record Group(String id, String title, List<Field> fields, String pkg) {
        public Group(String id, String title, List<Field> fields) {
            this(id, title, fields, null);
        }
    }

    /** A package the page offers: its name, title, whether a profile without {@code packages} uses it, its documents. */
    public record Pack(String name, String title, boolean byDefault, List<String> documents) {
    }

    /** The packages of documents, in the catalog's order. */
    public static List<Pack> packs() {
        Catalog catalog = Catalog.active();
        return catalog.packages().stream().map(p -> new Pack(p.name(), p.title(), p.byDefault(),
                catalog.documentIds(List.of(p)))).toList();
    }

    /**
     * The core's groups, in the order a secretary thinks of them; each package's groups (its manifest's {@code form})
     * go between the organisation and the design, and a package's group with a core group's id adds to it. Persons
     * (head, staff) are drawn by the page itself.
     */
    private static final String[] ORGANISATION = {"organisation", "Организация", "institution.full_name",
            "institution.short_name", "institution.city", "institution.municipality", "institution.superior",
            "institution.address", "institution.phone", "institution.email", "institution.website", "institution.inn",
            "institution.kpp"};
    private static final String[] DESIGN = {"design", "Оформление и дополнительно", "id", "documents.gost",
            "documents.qr", "layout.font_size", "typography.quotes", "signature.electronic.certificate",
            "signature.electronic.owner", "signature.electronic.valid_from", "signature.electronic.valid_to"};

    /** Core phrases whose case forms the page shows beside the field; packages mark their own (declined: true). */
    private static final List<String> DECLINED = List.of("region.name", "region.ministry", "institution.full_name", "institution.short_name",
            "institution.city", "institution.municipality", "institution.superior", "approval.body");


    private FormSpec() {
    }

    /** A region outside the bundled ones («другой регион»): the facts the documents need of it, shown only then. */
    public static List<Field> ownRegionFields() {
        // The documents print the region's name (the application) and its information system (the regulation, the
        // order, the notice, the page for the site); the education authority is named by no document.
        return List.of(field("region.name"), field("region.information_system.short_name"),
                field("region.information_system.full_name"), field("region.information_system.linked"),
                field("region.information_system.since"));
    }

    public static List<Group> groups() {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        Map<String, String> packageOf = new LinkedHashMap<>();
        titles.put(ORGANISATION[0], ORGANISATION[1]);
        paths.put(ORGANISATION[0], new ArrayList<>(List.of(ORGANISATION).subList(2, ORGANISATION.length)));
        for (PackageManifest p : Catalog.active().packages()) {
            for (PackageManifest.FormGroup g : p.form()) {
                String id = g.id().equals(DESIGN[0]) || g.id().equals(ORGANISATION[0]) || p.section().isEmpty() ? g.id()
                        : p.section() + "-" + g.id();
                titles.putIfAbsent(id, g.title() == null ? p.title() : g.title());
                if (!id.equals(DESIGN[0]) && !id.equals(ORGANISATION[0])) {
                    packageOf.putIfAbsent(id, p.name());
                }
                g.fields().forEach(f -> paths.computeIfAbsent(id, k -> new ArrayList<>()).add(p.full(f)));
            }
        }
        List<String> design = new ArrayList<>(List.of(DESIGN).subList(2, DESIGN.length));
        design.addAll(paths.getOrDefault(DESIGN[0], List.of()));
        paths.remove(DESIGN[0]);
        titles.remove(DESIGN[0]);
        titles.put(DESIGN[0], DESIGN[1]);
        paths.put(DESIGN[0], design);
        List<Group> groups = new ArrayList<>();
        titles.forEach((id, title) -> groups.add(new Group(id, title, paths.get(id).stream().map(FormSpec::field).toList(),
                packageOf.get(id))));
        return groups;
    }

    static Field field(String path) {
        Schema schema = Schema.at(path);
        SchemaDocs.Doc doc = SchemaDocs.of(path);
        String own = Catalog.active().label(path);
        // A package's acts in its section are labelled as the core's are («eo.order.control» as «order.control»).
        String core = path.contains(".") && Catalog.active().packages().stream()
                .anyMatch(p -> !p.section().isEmpty() && path.startsWith(p.section() + ".")) ? path.substring(path.indexOf('.') + 1) : path;
        String label = own != null ? own : SchemaDocs.label(path) != null ? SchemaDocs.label(path)
                : SchemaDocs.label(core) != null ? SchemaDocs.label(core) : label(doc.description());
        String hint = doc.example() == null ? null : "например: " + doc.example();
        if (path.equals("id")) {
            hint = "Латинскими буквами; если не заполнить, составится из краткого наименования";
        } else if (path.equals("region.information_system.short_name")) {
            hint = "например: РГИС «Моя школа», АИС «Сетевой город. Образование»; если системы нет — оставьте пустым";
        }
        String type = "text";
        List<String> options = List.of();
        if (schema instanceof Schema.StaffRef ref) {
            type = "staff";
            hint = null;
            // «self»: the head keeps it (control of an order); the staff rows' keys are added by the page
            options = ref.self() ? List.of("self") : List.of();
        } else if (schema instanceof Schema.Date) {
            type = "date";
            hint = null;
        } else if (schema instanceof Schema.Bool) {
            type = "checkbox";
            hint = null;
        } else if (schema instanceof Schema.OneOf oneOf) {
            type = "select";
            options = oneOf.values().stream().sorted().toList();
            hint = null;
        } else if (path.endsWith("email")) {
            type = "email";
        } else if (path.endsWith("website") || path.equals("documents.qr")) {
            type = "url";
        }
        // Marked required only where the institution itself must write it: a required field the common file or
        // the kind already fills (the messenger, who approves the regulation) is not the secretary's to fill.
        boolean required = doc.where() == SchemaDocs.Where.INSTITUTION && (Schema.REQUIRED.contains(path)
                || requiredByPackages().contains(path));
        return new Field(path, label, hint, type, options, required, declined().contains(path));
    }

    /** The words the form shows for the values of a package's choices. */
    public static Map<String, String> optionLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        Catalog.active().packages().forEach(p -> out.putAll(p.optionLabels()));
        return out;
    }

    /** Every phrase whose case forms the page shows beside its field: the core's and the packages'. */
    public static List<String> declined() {
        List<String> out = new ArrayList<>(DECLINED);
        for (PackageManifest p : Catalog.active().packages()) {
            if (p.hasRegulation() && !p.section().isEmpty()) {
                out.add(p.full("approval.body"));
            }
        }
        Catalog.active().declined().stream().filter(p -> !out.contains(p)).forEach(out::add);
        return out;
    }

    /** Every field a package's documents need, conditional ones included. */
    private static java.util.Set<String> requiredByPackages() {
        Catalog catalog = Catalog.active();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (PackageManifest p : catalog.packages()) {
            out.addAll(catalog.required(p, when -> true));
        }
        for (String id : catalog.documentIds()) {
            out.addAll(catalog.required(id, when -> true));
        }
        return out;
    }

    /** «полное наименование по уставу (фраза)» → «Полное наименование по уставу». */
    static String label(String description) {
        String s = description.replace(" (фраза)", "").replace("(фраза)", "").strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A person's fields, for the head and each staff row. */
    public static List<Field> personFields() {
        List<Field> out = new ArrayList<>();
        SchemaDocs.PERSON.forEach((key, doc) -> {
            if (key.equals("surname_forms")) {
                return;
            }
            String type = key.equals("gender") ? "select" : key.equals("email") ? "email" : "text";
            List<String> options = key.equals("gender") ? List.of("female", "male") : List.of();
            out.add(new Field(key, SchemaDocs.label(key) != null ? SchemaDocs.label(key) : label(doc.description()),
                    doc.example() == null || key.equals("gender") ? null
                    : "например: " + doc.example(), type, options, key.equals("surname") || key.equals("gender"),
                    key.equals("position")));
        });
        return out;
    }

    /** What the page's script needs to know of the form: field types and labels by path. */
    public static Map<String, Object> forScript() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Group g : groups()) {
            for (Field f : g.fields()) {
                // The summary and the document list name a field by its label without the explanation in brackets.
                out.put(f.path(), Map.of("type", f.type(), "label", f.label().replaceFirst("\\s*\\([^()]*\\)$", "")));
            }
        }
        for (Field f : ownRegionFields()) {
            out.put(f.path(), Map.of("type", f.type(), "label", f.label()));
        }
        for (Field f : personFields()) {
            out.put("person." + f.path(), Map.of("type", f.type(), "label", f.label()));
        }
        out.put("head", Map.of("type", "person", "label", "Руководитель"));
        return out;
    }
}
