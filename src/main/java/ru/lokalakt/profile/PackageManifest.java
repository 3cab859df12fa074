package ru.lokalakt.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package of documents as its folder under {@code templates/} declares it in {@code package.yaml}: its name and
 * title, its documents (titles, which order approves which regulation, what each needs), the profile fields it adds
 * with their meaning and an example, the values every profile using it starts from, and its words for each kind.
 * Paths inside the manifest are written as the package's templates see them: relative to its section.
 */
public record PackageManifest(String name, String title, String section, boolean byDefault, Path file,
                              List<DocumentSpec> documents, List<String> required, List<Conditional> requiredIf,
                              Schema.Fields fields, Map<String, SchemaDocs.Doc> docs, Map<String, String> labels,
                              Set<String> declined, Map<String, String> blanks, Map<String, String> optionLabels,
                              List<FormGroup> form,
                              Map<String, Object> defaults,
                              Map<String, Map<String, Object>> kinds, Checks checks, Profile source) {
    public static final String FILE = "package.yaml";

    /**
     * A document of the package: {@code id} as the command line names it («sferum/prikaz»), its title, the short
     * title of lists, whether it is a regulation {@code lokalakt amend} can amend, the regulation it approves
     * ({@code --bundle} makes one file of the two), the fields it needs beyond the package's, and the staff field
     * it names by full name rather than initials.
     */
    public record DocumentSpec(String id, String title, String shortTitle, boolean regulation, String approves,
                               List<String> needs, String fullName) {
    }

    /** Fields required only when a boolean field of the profile is true. */
    public record Conditional(String when, List<String> fields) {
    }

    /** A group of the web form: its id, heading and fields (paths as the templates see them). */
    public record FormGroup(String id, String title, List<String> fields) {
    }

    /**
     * What {@code lokalakt validate} checks of the package's data beyond types: its documents by their dates (each
     * names nothing that did not exist then; each is dated no earlier than the documents it cites), the facts that
     * exist only from a date, the order's deadlines, the acts single fields cite, and the employees its fields name.
     * Paths as the templates see them.
     */
    public record Checks(List<Dated> dated, List<Since> since, List<String> deadlines, Map<String, List<String>> citedBy,
                         Map<String, StaffRole> staff, List<String> cites) {
    }

    /**
     * A document by its date field: «заявка на регистрацию» «датирована» / «подписана» (null: the head does not
     * sign it); {@code cited}: how another document names it before its date («приказа о назначении
     * администратора от {date}»); {@code notBefore}: the documents it cites, each with the words after it
     * («который к ней приложен»).
     */
    public record Dated(String field, String subject, String dated, String signed, String cited,
                        Map<String, String> notBefore) {
    }

    /**
     * A fact that exists from a date: the field with the date, the field that names it, the condition (a boolean
     * field, or null), whether the date counts only when written beside the name, the message with {name},
     * {since} and {document}.
     */
    public record Since(String field, String name, String when, boolean sameFile, String message) {
    }

    /**
     * An employee a field names: who names them (for a message about the employee), and the contacts the
     * documents print of them: which, for whom, why, and the words asking for a mobile number (null: any).
     */
    public record StaffRole(String role, List<String> contacts, String who, String why, String mobile) {
    }

    /** A path as the templates see it → the path in the profile. */
    public String full(String relative) {
        return section.isEmpty() || relative.isEmpty() ? relative : section + "." + relative;
    }

    /** Whether the package has a regulation, and so its own acts (order, approval, amendments, history). */
    public boolean hasRegulation() {
        return documents.stream().anyMatch(DocumentSpec::regulation);
    }

    private static final Set<String> TOP = Set.of("name", "title", "section", "default", "documents", "required",
            "required_if", "fields", "form", "defaults", "kinds", "dated", "since", "cites");
    private static final Set<String> DOCUMENT_KEYS = Set.of("id", "title", "short", "regulation", "approves", "needs",
            "full_name");
    private static final Set<String> FIELD_KEYS = Set.of("type", "description", "example", "where", "title", "label",
            "declined", "pattern", "hint", "values", "of", "fields", "self", "blank", "not_before_order", "cited_by", "role",
            "contacts", "options");
    static final List<String> TYPES = List.of("text", "phrase", "date", "bool", "choice", "staff", "person", "list",
            "map", "fields", "act");
    private static final Map<String, SchemaDocs.Where> WHERE = Map.of("institution", SchemaDocs.Where.INSTITUTION,
            "region", SchemaDocs.Where.REGION, "kind", SchemaDocs.Where.KIND, "package", SchemaDocs.Where.COMMON);
    private static final String NAME = "[a-z0-9][a-z0-9_-]{0,39}";

    /** Reads {@code templates/<name>/package.yaml}; every defect is one Russian line naming the file and line. */
    public static PackageManifest read(Path file) {
        Profile yaml = ProfileLoader.readFile(file);
        Reader r = new Reader(yaml);
        PackageManifest m = r.manifest(file);
        if (!r.issues.isEmpty()) {
            throw new ProfileException(r.issues);
        }
        return m;
    }

    private static final class Reader {
        final Profile yaml;
        final List<ProfileException.Issue> issues = new ArrayList<>();
        final Map<String, SchemaDocs.Doc> docs = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final Set<String> declined = new LinkedHashSet<>();
        final Map<String, String> blanks = new LinkedHashMap<>();
        final Map<String, String> optionLabels = new LinkedHashMap<>();
        final List<String> deadlines = new ArrayList<>();
        final Map<String, List<String>> citedBy = new LinkedHashMap<>();
        final Map<String, StaffRole> staff = new LinkedHashMap<>();

        Reader(Profile yaml) {
            this.yaml = yaml;
        }

        void problem(String path, String message) {
            issues.add(new ProfileException.Issue(yaml.locationOf(path), path, message));
        }

        String text(String path, boolean required) {
            Object v = yaml.get(path);
            if (v instanceof String s && !s.isBlank()) {
                return s.strip();
            }
            if (v != null || required) {
                problem(path, v == null ? "не задано: нужна строка" : "ожидалась строка");
            }
            return null;
        }

        boolean bool(String path) {
            Object v = yaml.get(path);
            if (v != null && !(v instanceof Boolean)) {
                problem(path, "ожидалось true или false");
            }
            return Boolean.TRUE.equals(v);
        }

        List<String> strings(String path) {
            Object v = yaml.get(path);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                problem(path, "ожидался список");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                } else {
                    problem(path + "." + i, "ожидалась строка");
                }
            }
            return out;
        }

        Map<String, Object> map(String path) {
            Object v = yaml.get(path);
            if (v == null) {
                return Map.of();
            }
            if (!(v instanceof Map<?, ?> m)) {
                problem(path, "ожидались поля «ключ: значение»");
                return Map.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> out = (Map<String, Object>) m;
            return out;
        }

        /** The items of a list under {@code key}, each read from its path («dated.0»); anything else is a problem. */
        <T> List<T> items(String key, String what, java.util.function.Function<String, T> item) {
            List<T> out = new ArrayList<>();
            Object v = yaml.get(key);
            if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    out.add(item.apply(key + "." + i));
                }
            } else if (v != null) {
                problem(key, "ожидался список " + what);
            }
            return out;
        }

        PackageManifest manifest(Path file) {
            for (String key : yaml.data().keySet()) {
                if (!TOP.contains(key)) {
                    problem(key, "неизвестный ключ манифеста" + ProfileValidator.suggestion(key, TOP));
                }
            }
            String folder = file.getParent().getFileName().toString();
            String name = text("name", true);
            if (name != null && !name.equals(folder)) {
                problem("name", "имя пакета «" + name + "» не совпадает с именем его папки «" + folder + "»");
            }
            if (name != null && !name.matches(NAME)) {
                problem("name", "имя пакета — строчные латинские буквы, цифры, «-» и «_»");
            }
            String title = text("title", true);
            String section = text("section", false);
            if (section != null && (!section.matches(NAME) || Schema.CORE.fields().containsKey(section)
                    || Schema.ACTS.fields().containsKey(section))) {
                problem("section", "раздел «" + section + "» занят общими полями профиля или назван не латиницей");
            }
            String prefix = name == null ? folder : name;
            List<DocumentSpec> documents = documents(prefix);
            Schema.Fields fields = new Schema.Fields(fieldsOf("fields", ""));
            Set<String> topKeys = fields.fields().keySet();
            if (section != null) {
                for (String key : topKeys) {
                    if (Schema.CORE.fields().containsKey(key)) {
                        problem("fields." + key, "поле «" + key + "» пакета с разделом «" + section
                                + "» заслонило бы общее поле профиля: назовите его иначе");
                    }
                }
            }
            List<Conditional> conditionals = new ArrayList<>();
            Object ifs = yaml.get("required_if");
            if (ifs instanceof Map<?, ?> m) {
                m.forEach((k, v) -> conditionals.add(new Conditional(String.valueOf(k), strings("required_if." + k))));
            } else if (ifs != null) {
                problem("required_if", "ожидались поля «условие: [поля]»");
            }
            List<FormGroup> form = items("form", "групп формы", at -> new FormGroup(text(at + ".id", true),
                    text(at + ".title", false), strings(at + ".fields")));
            List<Dated> dated = items("dated", "документов по датам", at -> {
                Map<String, String> notBefore = new LinkedHashMap<>();
                map(at + ".not_before").forEach((k, v) -> notBefore.put(k, String.valueOf(v)));
                return new Dated(text(at + ".field", true), text(at + ".subject", true), text(at + ".dated", true),
                        text(at + ".signed", false), text(at + ".cited", false), notBefore);
            });
            List<Since> since = items("since", "того, что существует с какого-то дня", at -> new Since(
                    text(at + ".field", true), text(at + ".name", true), text(at + ".when", false),
                    bool(at + ".same_file"), text(at + ".message", true)));
            Map<String, Map<String, Object>> kinds = new LinkedHashMap<>();
            map("kinds").forEach((kind, v) -> kinds.put(kind, map("kinds." + kind)));
            return new PackageManifest(name == null ? folder : name, title, section == null ? "" : section,
                    bool("default"), file, List.copyOf(documents), strings("required"), List.copyOf(conditionals), fields,
                    Map.copyOf(docs), Map.copyOf(labels), Set.copyOf(declined), java.util.Collections.unmodifiableMap(blanks),
                    java.util.Collections.unmodifiableMap(optionLabels),
                    List.copyOf(form), map("defaults"),
                    kinds, new Checks(List.copyOf(dated), List.copyOf(since), List.copyOf(deadlines), Map.copyOf(citedBy),
                    java.util.Collections.unmodifiableMap(staff), strings("cites")), yaml);
        }

        List<DocumentSpec> documents(String prefix) {
            List<DocumentSpec> out = new ArrayList<>();
            Object v = yaml.get("documents");
            if (!(v instanceof List<?> list) || list.isEmpty()) {
                problem("documents", "нужен список документов пакета");
                return out;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "documents." + i;
                for (String key : map(at).keySet()) {
                    if (!DOCUMENT_KEYS.contains(key)) {
                        problem(at + "." + key, "неизвестный ключ документа" + ProfileValidator.suggestion(key, DOCUMENT_KEYS));
                    }
                }
                String id = text(at + ".id", true);
                String title = text(at + ".title", true);
                String shortTitle = text(at + ".short", false);
                String approves = text(at + ".approves", false);
                if (id != null && !id.matches(NAME)) {
                    problem(at + ".id", "имя документа — строчные латинские буквы, цифры, «-» и «_»");
                }
                if (id != null && !ids.add(id)) {
                    problem(at + ".id", "документ «" + id + "» объявлен дважды");
                }
                out.add(new DocumentSpec(prefix + "/" + id, title, shortTitle == null ? title : shortTitle,
                        bool(at + ".regulation"), approves == null ? null : prefix + "/" + approves,
                        strings(at + ".needs"), text(at + ".full_name", false)));
            }
            for (int i = 0; i < out.size(); i++) {
                DocumentSpec d = out.get(i);
                if (d.approves() != null && out.stream().noneMatch(o -> o.id().equals(d.approves()) && o.regulation())) {
                    problem("documents." + i + ".approves", "«" + d.approves() + "» — не Положение этого пакета "
                            + "(у утверждаемого документа должно стоять regulation: true)");
                }
            }
            return out;
        }

        /** The fields declared under {@code at}, as schema nodes; their docs go to {@link #docs} by relative path. */
        Map<String, Schema> fieldsOf(String at, String relative) {
            Map<String, Schema> out = new LinkedHashMap<>();
            for (String key : map(at).keySet()) {
                String rel = relative.isEmpty() ? key : relative + "." + key;
                Schema s = field(at + "." + key, rel, relative.isEmpty());
                if (s != null) {
                    out.put(key, s);
                }
            }
            return out;
        }

        Schema field(String at, String rel, boolean top) {
            Map<String, Object> def = map(at);
            for (String key : def.keySet()) {
                if (!FIELD_KEYS.contains(key)) {
                    problem(at + "." + key, "неизвестный ключ описания поля" + ProfileValidator.suggestion(key, FIELD_KEYS));
                }
            }
            String type = text(at + ".type", true);
            // An item of a list or map is described by its list.
            String description = text(at + ".description", !rel.endsWith(".*"));
            String example = yaml.get(at + ".example") == null ? null : String.valueOf(yaml.get(at + ".example"));
            String whereText = text(at + ".where", false);
            SchemaDocs.Where where = whereText == null ? SchemaDocs.Where.INSTITUTION : WHERE.get(whereText);
            if (where == null) {
                problem(at + ".where", "где пишется поле: institution, region, kind или package");
                where = SchemaDocs.Where.INSTITUTION;
            }
            String heading = text(at + ".title", false);
            if (heading != null && !top) {
                problem(at + ".title", "заголовок раздела (title) ставится только у полей верхнего уровня");
            }
            if (description != null) {
                docs.put(rel, new SchemaDocs.Doc(description, where, example, heading));
            }
            String label = text(at + ".label", false);
            if (label != null) {
                labels.put(rel, label);
            }
            // The words a form shows for the values of a choice.
            map(at + ".options").forEach((value, words) -> optionLabels.put(value, String.valueOf(words)));
            if (bool(at + ".not_before_order")) {
                deadlines.add(rel);
            }
            if (yaml.get(at + ".cited_by") != null) {
                citedBy.put(rel, strings(at + ".cited_by"));
            }
            String role = text(at + ".role", false);
            if (role != null || yaml.get(at + ".contacts") != null) {
                String c = at + ".contacts";
                staff.put(rel, new StaffRole(role, strings(c + ".required"), text(c + ".who", false),
                        text(c + ".why", false), text(c + ".mobile", false)));
            }
            String blank = text(at + ".blank", false);
            if (blank != null) {
                blanks.put(rel, blank);
            }
            if (bool(at + ".declined")) {
                declined.add(rel);
            }
            if (type == null) {
                return null;
            }
            return switch (type) {
                case "text" -> {
                    String pattern = text(at + ".pattern", false);
                    if (pattern != null) {
                        try {
                            java.util.regex.Pattern.compile(pattern);
                        } catch (java.util.regex.PatternSyntaxException e) {
                            problem(at + ".pattern", "неверное регулярное выражение");
                        }
                    }
                    yield new Schema.Str(pattern, text(at + ".hint", false));
                }
                case "phrase" -> new Schema.Phrase();
                case "date" -> new Schema.Date();
                case "bool" -> new Schema.Bool();
                case "person" -> new Schema.Person();
                case "act" -> {
                    docs.putAll(SchemaDocs.actFields(rel, where));
                    yield Schema.ACT;
                }
                case "staff" -> new Schema.StaffRef(bool(at + ".self"));
                case "choice" -> {
                    List<String> values = strings(at + ".values");
                    if (values.isEmpty()) {
                        problem(at + ".values", "у поля choice нужен список значений values");
                    }
                    yield new Schema.OneOf(Set.copyOf(values));
                }
                case "list", "map" -> {
                    if (!(yaml.get(at + ".of") instanceof Map)) {
                        problem(at + ".of", "у поля " + type + " нужно описание элемента: of: {type: …}");
                        yield null;
                    }
                    Schema item = field(at + ".of", rel + ".*", false);
                    if (item == null) {
                        yield null;
                    }
                    yield type.equals("list") ? new Schema.ListOf(item) : new Schema.MapOf(item);
                }
                case "fields" -> new Schema.Fields(fieldsOf(at + ".fields", rel));
                default -> {
                    problem(at + ".type", "неизвестный тип «" + type + "»: " + String.join(", ", TYPES));
                    yield null;
                }
            };
        }
    }

    /** Whether a folder holds a package. */
    public static boolean isPackage(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }
}
