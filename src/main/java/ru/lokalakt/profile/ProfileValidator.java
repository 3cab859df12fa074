package ru.lokalakt.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a merged profile against {@link Schema#PROFILE} and reports every problem at once, each naming the file,
 * line and column where the offending value was written (through extends).
 */
public final class ProfileValidator {
    static final int MAX_TEXT = 2000;
    private static final Set<String> CASE_KEYS = Set.of("nom", "gen", "dat", "acc", "ins", "pre");
    private static final Set<String> PERSON_KEYS = Set.of("surname", "first_name", "patronymic", "initials", "gender",
            "position", "phone", "email", "surname_forms");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final Profile profile;
    private final List<Problem> problems = new ArrayList<>();
    /** One problem per field (each missing field, each example value on its own), as a form shows them. */
    private boolean byField;
    /** The documents asked for, or null for every document of the profile's packages. */
    private List<String> documentIds;

    private record Problem(Location location, ProfileException.Issue issue) {
    }

    private ProfileValidator(Profile profile) {
        this.profile = profile;
    }

    /** All problems of the profile, one line each; empty when it is sound. */
    public static List<String> problems(Profile profile) {
        return issues(profile).stream().map(ProfileException.Issue::line).toList();
    }

    /** All problems of the profile with their place and field, in the order of the file; empty when it is sound. */
    public static List<ProfileException.Issue> issues(Profile profile) {
        return issues(profile, false);
    }

    private static List<ProfileException.Issue> issues(Profile profile, boolean byField) {
        return issues(profile, byField, null);
    }

    /**
     * {@code documentIds}: the documents to be made (null: every document of the packages the profile uses); the
     * fields only other packages' documents need are not asked for.
     */
    private static List<ProfileException.Issue> issues(Profile profile, boolean byField, List<String> documentIds) {
        ProfileValidator v = new ProfileValidator(profile);
        v.byField = byField;
        v.documentIds = documentIds;
        v.check(Catalog.active().profile(), profile.data(), "");
        v.packages();
        if (profile.isInstitution()) {
            v.required();
            v.references();
            v.packageChecks();
            v.examples();
        }
        return v.problems.stream()
                .sorted(java.util.Comparator.comparing((Problem p) -> p.location() == null ? "" : p.location().file().toString())
                        .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
                        .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()))
                .map(Problem::issue).distinct().toList();
    }

    /** Throws one exception that carries every problem, a line each. */
    public static void validate(Profile profile) {
        List<ProfileException.Issue> found = issues(profile);
        if (!found.isEmpty()) {
            throw new ProfileException(found);
        }
    }

    /**
     * Throws with the problems that stop any of these documents; a problem of a field only other documents use
     * (the application's ИНН when only the regulation is asked for) lets them be made.
     */
    public static void validate(Profile profile, List<String> documentIds) {
        List<ProfileException.Issue> found = issues(profile, false, documentIds).stream()
                .filter(i -> !blocked(profile, i.field(), documentIds).isEmpty()).toList();
        if (!found.isEmpty()) {
            throw new ProfileException(found);
        }
    }

    /**
     * One finding of the structured report: the field (dotted path; null for the profile as a whole), the documents
     * it stops among those asked about (none for a field no document prints, such as the file name), the message,
     * and where the value was written (null for a value that is missing).
     */
    public record Finding(String field, List<String> documents, String message, Location location) {
    }

    /**
     * The profile's problems field by field, each with the documents it stops: every problem of the command line's
     * validator, each missing field named on its own, and the fields a document needs beyond the others'.
     */
    public static List<Finding> report(Profile profile, List<String> documentIds) {
        List<Finding> out = new ArrayList<>();
        for (ProfileException.Issue issue : issues(profile, true, documentIds)) {
            out.add(new Finding(issue.field(), blocked(profile, issue.field(), documentIds), issue.message(), issue.location()));
        }
        Map<String, List<String>> neededBy = new java.util.LinkedHashMap<>();
        for (String doc : documentIds) {
            for (String field : missingFor(profile, doc)) {
                neededBy.computeIfAbsent(field, k -> new ArrayList<>()).add(doc);
            }
        }
        neededBy.forEach((field, docs) -> {
            if (out.stream().noneMatch(f -> field.equals(f.field()))) {
                out.add(new Finding(field, List.copyOf(docs), "не заполнено", null));
            }
        });
        return out;
    }

    /**
     * The documents a problem of this field stops. A field that only some documents print (the application's
     * requisites) stops only them; a contact of the administrator stops the documents that name the administrator;
     * the file name stops none; anything else — a date, a name, the order's fields — every document, since each is
     * built from the whole profile.
     */
    static List<String> blocked(Profile profile, String field, List<String> documentIds) {
        if (field == null) {
            return documentIds;
        }
        if (field.equals("id")) {
            return List.of();
        }
        String own = field;
        String contactOf = contactOwner(profile, field);
        if (contactOf != null) {
            own = contactOf;
        } else if (Schema.REQUIRED.contains(field)) {
            return documentIds;
        }
        Catalog catalog = Catalog.active();
        // A field of a package's section concerns that package's documents only.
        PackageManifest section = catalog.packages().stream().filter(p -> !p.section().isEmpty()
                && field.startsWith(p.section() + ".")).findFirst().orElse(null);
        if (section != null) {
            List<String> ownDocs = catalog.documentIds(List.of(section));
            return documentIds.stream().filter(d -> ownDocs.contains(d) || isAmendOf(d, ownDocs)).toList();
        }
        if (Schema.at(field) instanceof Schema.Date) {
            return documentIds;
        }
        String f = own;
        Set<String> needing = new java.util.HashSet<>();
        Set<String> everyDocument = new java.util.HashSet<>();
        // Every document of every package, not only those asked for: a field only another document needs stops none.
        for (String doc : catalog.documentIds()) {
            PackageManifest p = catalog.packageOf(doc);
            if (catalog.required(p, x -> true).stream().anyMatch(r -> r.equals(f) || f.startsWith(r + "."))) {
                everyDocument.add(doc);
            } else if (catalog.document(doc).map(d -> d.needs().stream().map(p::full)
                    .anyMatch(r -> r.equals(f) || f.startsWith(r + "."))).orElse(false)) {
                needing.add(doc);
            }
        }
        if (!everyDocument.isEmpty()) {
            return documentIds.stream().filter(d -> everyDocument.contains(d) || !needing.isEmpty() && needing.contains(d)
                    || catalog.packageOf(d) == null).toList();
        }
        return needing.isEmpty() ? documentIds : documentIds.stream().filter(needing::contains).toList();
    }

    /** The amending order concerns the regulation it amends: it is made of it. */
    private static boolean isAmendOf(String document, List<String> packageDocuments) {
        return document.equals(Schema.AMEND_DOCUMENT);
    }

    /**
     * The field whose documents print this contact of an employee (the administrator's phone: the field that names
     * the administrator), when only such fields name the employee; else null (the employee's contact concerns every
     * document that names them).
     */
    private static String contactOwner(Profile profile, String field) {
        if (field == null || !field.matches("staff\\.[^.]+\\.(phone|email|first_name|patronymic)")) {
            return null;
        }
        String key = field.split("\\.")[1];
        ProfileValidator v = new ProfileValidator(profile);
        String owner = null;
        for (StaffField sf : v.staffFields()) {
            if (!key.equals(profile.get(sf.path()))) {
                continue;
            }
            if (sf.contacts() == null || sf.contacts().contacts().isEmpty()) {
                return null;
            }
            owner = owner == null ? sf.path() : owner;
        }
        return owner;
    }

    private void problem(String path, String message) {
        Location at = profile.locationOf(path);
        problems.add(new Problem(at, new ProfileException.Issue(at, path, message)));
    }

    /** A problem with the key itself: points at the key, not at its value. */
    private void keyProblem(String path, String message) {
        Location at = profile.locations().getOrDefault(path + ProfileLoader.KEY_SUFFIX, profile.locationOf(path));
        problems.add(new Problem(at, new ProfileException.Issue(at, path, message)));
    }

    private void check(Schema schema, Object value, String path) {
        if (schema instanceof Schema.Any || value instanceof String s && ru.lokalakt.document.Blank.isMarker(s)) {
            return;
        }
        if (schema instanceof Schema.Str str) {
            text(str, value, path);
        } else if (schema instanceof Schema.StaffRef) {
            text(Schema.text(), value, path);
        } else if (schema instanceof Schema.Bool) {
            if (!(value instanceof Boolean)) {
                problem(path, "ожидалось true или false, а стоит «" + brief(value) + "»");
            }
        } else if (schema instanceof Schema.Date) {
            date(value, path);
        } else if (schema instanceof Schema.OneOf oneOf) {
            if (!(value instanceof String s) || !oneOf.values().contains(s)) {
                problem(path, "значение «" + brief(value) + "» не из списка: " + String.join(", ",
                        oneOf.values().stream().sorted().toList())
                        + (String.valueOf(value).matches(".*\\p{L}.*") ? suggestion(String.valueOf(value), oneOf.values()) : ""));
            }
        } else if (schema instanceof Schema.Phrase) {
            phrase(value, path);
        } else if (schema instanceof Schema.Person) {
            person(value, path);
        } else if (schema instanceof Schema.ListOf list) {
            if (!(value instanceof List<?> items)) {
                problem(path, "ожидался список (строки, начинающиеся с «- »)");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                check(list.item(), items.get(i), join(path, String.valueOf(i)));
            }
        } else if (schema instanceof Schema.MapOf mapOf) {
            if (!(value instanceof Map<?, ?> map)) {
                problem(path, "ожидались вложенные поля «ключ: значение»");
                return;
            }
            map.forEach((k, v) -> check(mapOf.value(), v, join(path, String.valueOf(k))));
        } else if (schema instanceof Schema.Fields fields) {
            if (!(value instanceof Map<?, ?> map)) {
                problem(path, "ожидались вложенные поля «ключ: значение», а стоит «" + brief(value) + "»");
                return;
            }
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                Schema child = fields.fields().get(key);
                if (child == null) {
                    keyProblem(join(path, key), "ключ «" + key + "» неизвестен" + suggestion(key, fields.fields().keySet()));
                } else {
                    check(child, v, join(path, key));
                }
            });
        }
    }

    private void text(Schema.Str str, Object value, String path) {
        if (!(value instanceof String s)) {
            problem(path, "ожидалась строка, а стоят " + (value instanceof Map ? "вложенные поля" : value instanceof List ? "список" : "«" + brief(value) + "»"));
            return;
        }
        if (!plain(s, path)) {
            return;
        }
        // An address the institution writes is checked as an e-mail; a package's own (the platform's support) is its
        // author's to write.
        if (path.endsWith("email") && !(SchemaDocs.of(path) != null && SchemaDocs.of(path).where() == SchemaDocs.Where.COMMON)) {
            email(s, path);
        } else if (str.pattern() != null && !s.matches(str.pattern())) {
            problem(path, "«" + brief(s) + "» не подходит: " + str.hint());
        }
        if (path.endsWith(".phone")) {
            phone(s, path);
        }
        if (path.startsWith("forbidden_terms.")) {
            try {
                Pattern.compile(s);
            } catch (PatternSyntaxException e) {
                problem(path, "ошибка в регулярном выражении: " + regexProblem(e) + " (позиция " + (e.getIndex() + 1) + ")");
            }
        }
    }

    /** No XML-invalid control character, no absurd length: such a value cannot be printed. */
    private boolean plain(String s, String path) {
        if (s.length() > MAX_TEXT) {
            problem(path, "значение длиной " + s.length() + " символов, больше " + MAX_TEXT + ": похоже на ошибку");
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (control) {
                problem(path, String.format("недопустимый управляющий символ U+%04X в позиции %d", (int) c, i + 1));
                return false;
            }
        }
        return true;
    }

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

    /** An e-mail address as an operator's mail server would take it: one «@», a domain with a dot, no spaces. */
    private void email(String s, String path) {
        String v = s.strip();
        long at = v.chars().filter(c -> c == '@').count();
        String why = null;
        if (at == 0) {
            why = "в адресе электронной почты нет знака «@»";
        } else if (at > 1) {
            why = "в адресе электронной почты знак «@» стоит " + at + " раза, а нужен один";
        } else if (v.matches(".*\\s.*")) {
            why = "в адресе электронной почты пробел";
        } else if (v.contains("..") || !EMAIL.matcher(v).matches()) {
            why = "адрес электронной почты должен быть вида имя@домен.ru";
        }
        if (why != null) {
            problem(path, why + ": «" + brief(s) + "»");
        }
    }

    /** A telephone number: digits with the usual «+», brackets, dashes and spaces, an extension after «доб.». */
    private void phone(String s, String path) {
        String main = s.replaceFirst("(?iu)[,;]?\\s*(доб\\.?|добавочный)\\s*\\d{1,6}\\s*$", "");
        if (!main.matches("[0-9+()\\s\u00A0\u2011\u2013-]+")) {
            problem(path, "в номере телефона «" + brief(s) + "» есть лишние знаки: пишите цифры, «+», скобки, дефисы");
            return;
        }
        String digits = main.replaceAll("\\D", "");
        if (digits.length() < 5) {
            problem(path, "в номере телефона «" + brief(s) + "» " + digits.length() + " " + digitsWord(digits.length())
                    + " — номер неполный");
        } else if (digits.length() > 11 || digits.length() == 11 && !digits.startsWith("7") && !digits.startsWith("8")) {
            problem(path, "номер телефона «" + brief(s) + "» не похож на российский: вида +7 900 123-45-67 или 8 (4822) 33-44-55");
        } else if (digits.length() > 7 && digits.length() < 10) {
            problem(path, "в номере телефона «" + brief(s) + "» " + digits.length() + " " + digitsWord(digits.length())
                    + ": полный номер — 11 цифр (+7 и 10 цифр)");
        }
    }

    /** A Russian mobile number: +7 or 8, then 9 and nine more digits. */
    static boolean mobile(String s) {
        String digits = s.replaceAll("\\D", "");
        return digits.matches("[78]9\\d{9}") || digits.matches("9\\d{9}");
    }

    private static String digitsWord(int n) {
        int m10 = n % 10;
        int m100 = n % 100;
        return m10 == 1 && m100 != 11 ? "цифра" : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? "цифры" : "цифр";
    }

    /**
     * A person's name in Russian letters. A Latin letter among Cyrillic ones (a Latin «С» typed in the English
     * layout) looks the same and breaks declension and search; a name all in Latin prints as «I. V. Sokolova».
     */
    private void name(String s, String path) {
        boolean cyrillic = s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        String latin = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!latin.isEmpty() && cyrillic) {
            problem(path, "в «" + brief(s) + "» смешаны русские и латинские буквы (латинские: «"
                    + String.join("», «", latin.chars().distinct().mapToObj(c -> String.valueOf((char) c)).toList())
                    + "»): наберите слово заново в русской раскладке");
        } else if (!latin.isEmpty()) {
            problem(path, "«" + brief(s) + "» набрано латинскими буквами: в документах нужны русские");
        } else if (!s.matches("[\\p{IsCyrillic}\\s\u00A0.'’-]+")) {
            problem(path, "в «" + brief(s) + "» есть знаки, которых не бывает в именах: только буквы, дефис, пробел");
        }
    }

    /** The JDK says what is wrong with a pattern in English; the usual cases in Russian. */
    private static String regexProblem(PatternSyntaxException e) {
        String d = String.valueOf(e.getDescription());
        if (d.contains("Unclosed group")) {
            return "не закрыта круглая скобка";
        }
        if (d.contains("Unclosed character class")) {
            return "не закрыта квадратная скобка";
        }
        if (d.contains("Unmatched closing")) {
            return "лишняя закрывающая скобка";
        }
        if (d.contains("Dangling meta character")) {
            return "символ повтора («*», «+», «?») не после буквы или скобки";
        }
        if (d.contains("repetition") || d.contains("Unclosed counted closure")) {
            return "неверное число повторов в фигурных скобках";
        }
        if (d.contains("escape") || d.contains("Unexpected internal error")) {
            return "неверная последовательность с «\\»";
        }
        return "выражение не разбирается";
    }

    private void date(Object value, String path) {
        if (!(value instanceof String s) || !ISO_DATE.matcher(s).matches()) {
            problem(path, "ожидалась дата: ДД.ММ.ГГГГ (в файле профиля — ГГГГ-ММ-ДД), а стоит «" + brief(value) + "»");
            return;
        }
        try {
            LocalDate.parse(s);
        } catch (DateTimeException e) {
            problem(path, "такой даты нет: " + s.substring(8, 10) + "." + s.substring(5, 7) + "." + s.substring(0, 4));
        }
    }

    private void phrase(Object value, String path) {
        if (value instanceof String s) {
            plain(s, path);
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, "ожидалась строка или формы по падежам (nom, gen, dat, acc, ins, pre)");
            return;
        }
        if (!(map.get("nom") instanceof String)) {
            problem(path, "нужна форма именительного падежа: nom");
        }
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.equals("animate")) {
                check(new Schema.Bool(), v, join(path, key));
            } else if (!CASE_KEYS.contains(key)) {
                keyProblem(join(path, key), "неизвестный падеж «" + key + "»: nom, gen, dat, acc, ins, pre"
                        + suggestion(key, CASE_KEYS));
            } else {
                check(Schema.text(), v, join(path, key));
            }
        });
    }

    private void person(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, "ожидалось лицо: surname, initials или first_name и patronymic, gender, position");
            return;
        }
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            String at = join(path, key);
            switch (key) {
                case "gender" -> check(new Schema.OneOf(Set.of("female", "male")), v, at);
                case "position" -> phrase(v, at);
                case "surname_forms" -> phrase(v instanceof Map<?, ?> m && !m.containsKey("nom") ? withNom(m, map) : v, at);
                case "phone", "email" -> check(Schema.text(), v, at);
                case "surname", "first_name", "patronymic" -> {
                    int before = problems.size();
                    check(Schema.text(), v, at);
                    if (problems.size() == before && v instanceof String s && !ru.lokalakt.document.Blank.isMarker(s)) {
                        name(s, at);
                    }
                }
                case "initials" -> {
                    if (v instanceof String s && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                        name(s, at);
                    } else {
                        check(new Schema.Str("[А-ЯЁ]\\.?[\\s\u00A0]*([А-ЯЁ]\\.?)?", "инициалы вида «А. А.»"), v, at);
                    }
                }
                default -> keyProblem(at, "ключ «" + key + "» неизвестен" + suggestion(key, PERSON_KEYS));
            }
        });
        if (!(map.get("surname") instanceof String)) {
            problem(join(path, "surname"), "нет фамилии");
        }
        if (!map.containsKey("gender")) {
            problem(join(path, "gender"), "не указан пол: без него фамилия не склоняется");
        }
        if (!map.containsKey("initials") && !map.containsKey("first_name")) {
            problem(join(path, "initials"), "нет ни инициалов, ни имени");
        }
    }

    private static Map<Object, Object> withNom(Map<?, ?> forms, Map<?, ?> person) {
        Map<Object, Object> m = new java.util.LinkedHashMap<>(forms);
        m.put("nom", person.get("surname"));
        return m;
    }

    /**
     * Required fields. Without a kind nothing else can be judged, so that is the one message; otherwise every
     * missing field is named in one message, grouped by section.
     */
    private void required() {
        Location top = new Location(profile.source(), 1, 1);
        if (absent("kind.id")) {
            String kinds = String.join(", ", ((Schema.OneOf) Schema.at("kind.id")).values().stream().sorted().toList());
            problems.add(new Problem(top, new ProfileException.Issue(top, "kind",
                    "не указан вид организации: добавьте строку «kind: school» (виды: " + kinds + ")")));
            return;
        }
        List<String> missing = missingFields(profile, documentIds);
        if (missing.isEmpty()) {
            return;
        }
        if (byField) {
            for (String field : missing) {
                problems.add(new Problem(top, new ProfileException.Issue(null, field, "обязательное поле не заполнено")));
            }
            return;
        }
        String text = (missing.size() == 1 ? "не задано обязательное поле: " : "не заданы обязательные поля: ")
                + grouped(missing) + " — ни в профиле, ни в его родителях";
        problems.add(new Problem(top, new ProfileException.Issue(top, null, text)));
    }

    /**
     * Values still as {@code lokalakt init} wrote them: marked «# пример» and equal to the schema's example. One
     * message names them all, grouped by section; a value changed but still marked is the user's own.
     */
    private void examples() {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, Location> e : profile.locations().entrySet()) {
            if (!e.getKey().endsWith(ProfileLoader.EXAMPLE_SUFFIX)) {
                continue;
            }
            String path = e.getKey().substring(0, e.getKey().length() - ProfileLoader.EXAMPLE_SUFFIX.length());
            String example = SchemaDocs.example(path);
            if (example != null && example.equals(String.valueOf(profile.get(path)))) {
                paths.add(path);
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        if (byField) {
            for (String path : paths) {
                Location at = profile.locations().get(path + ProfileLoader.EXAMPLE_SUFFIX);
                problems.add(new Problem(at, new ProfileException.Issue(at, path, "ещё стоит значение-пример: впишите свои сведения")));
            }
            return;
        }
        java.util.function.Function<String, Location> at = p -> profile.locations().get(p + ProfileLoader.EXAMPLE_SUFFIX);
        paths.sort(java.util.Comparator.comparingInt((String p) -> at.apply(p).line())
                .thenComparingInt(p -> at.apply(p).column()).thenComparing(p -> p));
        Location first = at.apply(paths.get(0));
        problems.add(new Problem(first, new ProfileException.Issue(first, null, "ещё стоят значения-примеры: "
                + grouped(paths) + " — впишите свои сведения (пометку «# пример» можно удалить)")));
    }

    /** «institution (full_name, city); head (surname)»: dotted paths grouped by their section. */
    private static String grouped(List<String> paths) {
        Map<String, List<String>> bySection = new java.util.LinkedHashMap<>();
        for (String field : paths) {
            int dot = field.indexOf('.');
            String section = dot < 0 ? field : field.substring(0, dot);
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(dot < 0 ? "" : field.substring(dot + 1));
        }
        List<String> parts = new ArrayList<>();
        bySection.forEach((section, fields) -> parts.add(fields.contains("") ? section
                : section + " (" + String.join(", ", fields) + ")"));
        return String.join("; ", parts);
    }

    /** The package whose documents are being checked: its dated documents and checks, its paths. */
    private PackageManifest pkg;

    private String f(String relative) {
        return pkg.full(relative);
    }

    /** The checks of each package the profile uses, each over its own acts. */
    private void packageChecks() {
        for (PackageManifest p : packagesOf(profile, documentIds)) {
            pkg = p;
            if (p.hasRegulation()) {
                dateOrder();
                citedInOrder();
                existedAtItsDate();
                signatureCovers();
            }
        }
    }

    /** The order's deadlines follow its date: a deadline before the order is a slip of the keyboard. */
    private void dateOrder() {
        LocalDate order = parsed(f("order.date"));
        if (order == null) {
            return;
        }
        for (String field : pkg.checks().deadlines()) {
            LocalDate d = parsed(f(field));
            if (d != null && d.isBefore(order)) {
                problem(f(field), "дата " + ru.lokalakt.russian.RussianDates.numeric(d) + " раньше даты приказа "
                        + ru.lokalakt.russian.RussianDates.numeric(order));
            }
        }
        LocalDate accepted = parsed(f("approval.date"));
        if (accepted != null && accepted.isAfter(order)) {
            problem(f("approval.date"), "Положение принято " + ru.lokalakt.russian.RussianDates.numeric(accepted)
                    + ", позже приказа от " + ru.lokalakt.russian.RussianDates.numeric(order) + ", который его утверждает");
        }
    }

    /**
     * A document and the date field it bears (a full path): {@code subject} and its verb agree («приказ …
     * датирован», «заявка … датирована»), {@code signed} is the verb of its signature, or null for a document the
     * head does not sign; {@code cited}: how a later document names it, «{date}» standing for its date.
     */
    private record Dated(String field, String subject, String dated, String signed, String cited,
                         Map<String, String> notBefore) {
        String phrase(LocalDate date) {
            return subject + " " + dated + " " + numeric(date);
        }

        String signedPhrase(LocalDate date) {
            return subject + " " + signed + " " + numeric(date);
        }
    }

    /** The regulation at its adoption, the order that approves it, the order that amends it: every package's acts. */
    private Dated adopted() {
        return new Dated(f("approval.date"), "Положение", "принято", null, null, Map.of());
    }

    private Dated order() {
        return new Dated(f("order.date"), "приказ, утверждающий Положение,", "датирован", "подписан",
                "приказа от {date}, утверждающего Положение,", Map.of());
    }

    private Dated amendment() {
        return new Dated(f("amend.date"), "приказ о внесении изменений", "датирован", "подписан", null, Map.of());
    }

    /** The package's other documents by their dates, as its manifest lists them. */
    private List<Dated> packageDated() {
        List<Dated> out = new ArrayList<>();
        for (PackageManifest.Dated d : pkg.checks().dated()) {
            Map<String, String> notBefore = new java.util.LinkedHashMap<>();
            d.notBefore().forEach((k, v) -> notBefore.put(f(k), v));
            out.add(new Dated(f(d.field()), d.subject(), d.dated(), d.signed(), d.cited(), notBefore));
        }
        return out;
    }

    /** A dated document of the package by its field (full path), the core's acts included. */
    private Dated datedOf(String field) {
        for (Dated d : packageDated()) {
            if (d.field().equals(field)) {
                return d;
            }
        }
        return field.equals(f("order.date")) ? order() : null;
    }

    private static String numeric(LocalDate date) {
        return ru.lokalakt.russian.RussianDates.numeric(date);
    }

    /** These documents with the dates the profile gives them, earliest first; a document without a date is left out. */
    private List<Map.Entry<Dated, LocalDate>> documents(List<Dated> which) {
        List<Map.Entry<Dated, LocalDate>> out = new ArrayList<>();
        for (Dated d : which) {
            LocalDate date = parsed(d.field());
            if (date != null) {
                out.add(Map.entry(d, date));
            }
        }
        out.sort(Map.Entry.comparingByValue());
        return out;
    }

    private boolean newEdition() {
        return parsed(f("amend.date")) != null;
    }

    /**
     * Every document of the package the profile writes, by its date; the Положение at its adoption. A profile of a
     * new edition (with amend) speaks as of its amending order: the Положение in the new wording bears that date,
     * and the first edition's orders and other documents are checked with the first edition's profile.
     */
    private List<Map.Entry<Dated, LocalDate>> allDocuments() {
        if (newEdition()) {
            return documents(List.of(amendment()));
        }
        List<Dated> all = new ArrayList<>(List.of(parsed(f("approval.date")) != null ? adopted() : order(), order()));
        all.addAll(packageDated());
        return documents(all);
    }

    /** The Положение's date: its adoption, or the new edition's amending order. */
    private List<Map.Entry<Dated, LocalDate>> regulation() {
        if (newEdition()) {
            return documents(List.of(amendment()));
        }
        return documents(List.of(parsed(f("approval.date")) != null ? adopted() : order()));
    }

    /**
     * Documents that cite each other are dated in order (the manifest says which cites which: the application
     * encloses the administrator's order); of several it cites, the latest it precedes is named. The amending
     * order follows the order it amends.
     */
    private void citedInOrder() {
        for (Dated d : packageDated()) {
            LocalDate date = parsed(d.field());
            if (date == null) {
                continue;
            }
            Dated latest = null;
            LocalDate latestDate = null;
            String why = null;
            for (Map.Entry<String, String> cited : d.notBefore().entrySet()) {
                LocalDate c = parsed(cited.getKey());
                Dated other = datedOf(cited.getKey());
                if (c != null && other != null && other.cited() != null && date.isBefore(c)
                        && (latestDate == null || !c.isBefore(latestDate))) {
                    latest = other;
                    latestDate = c;
                    why = cited.getValue();
                }
            }
            if (latest != null) {
                problem(d.field(), d.phrase(date) + ", раньше " + latest.cited().replace("{date}", numeric(latestDate))
                        + " " + why);
            }
        }
        LocalDate order = parsed(f("order.date"));
        LocalDate amend = parsed(f("amend.date"));
        if (amend != null && order != null && !amend.isAfter(order)) {
            problem(f("amend.date"), amendment().phrase(amend) + ", не позже приказа от " + numeric(order)
                    + ", утверждающего Положение");
        }
    }

    /**
     * A document names nothing that did not exist at its date: what the package names from a date (the messenger,
     * the regional system its accounts are linked with), the acts it cites. The acts of the bundled common file and
     * packages are the template's to leave out of a text older than they are; the institution's own acts are its
     * to correct.
     */
    private void existedAtItsDate() {
        List<Map.Entry<Dated, LocalDate>> all = allDocuments();
        if (all.isEmpty()) {
            return;
        }
        Map.Entry<Dated, LocalDate> earliest = all.get(0);
        for (PackageManifest.Since s : pkg.checks().since()) {
            String field = f(s.field());
            String name = f(s.name());
            LocalDate since = parsed(field);
            // A date given with another name (the package's default) is not this one's.
            if (since == null || !since.isAfter(earliest.getValue()) || s.sameFile() && !sameFile(field, name)
                    || s.when() != null && !Boolean.TRUE.equals(profile.get(f(s.when())))) {
                continue;
            }
            String where = profile.fromOwnFiles(field) ? field : earliest.getKey().field();
            problem(where, s.message().replace("{name}", phrase(name)).replace("{since}", numeric(since))
                    .replace("{document}", earliest.getKey().phrase(earliest.getValue())));
        }
        List<Map.Entry<Dated, LocalDate>> regulation = regulation();
        for (String list : actLists()) {
            List<Object> acts = Profile.asList(profile.get(list));
            for (int i = 0; i < acts.size(); i++) {
                act(list + "." + i, regulation);
            }
        }
        if (!newEdition()) {
            pkg.checks().citedBy().forEach((act, by) -> {
                if (profile.get(f(act)) instanceof Map) {
                    act(f(act), documents(by.stream().map(x -> datedOf(f(x))).filter(java.util.Objects::nonNull).toList()));
                }
            });
        }
    }

    /**
     * The lists of acts the package's regulation cites: every list of acts in its fields, and the core's lists its
     * manifest names ({@code cites}: the region's, the institution's).
     */
    private List<String> actLists() {
        List<String> out = new ArrayList<>();
        Schema own = pkg.section().isEmpty() ? Catalog.active().profile() : Catalog.active().at(pkg.section());
        collectActLists(own, pkg.section(), out);
        out.addAll(pkg.checks().cites());
        return out;
    }

    private void collectActLists(Schema schema, String path, List<String> out) {
        if (schema instanceof Schema.ListOf l && l.item() == Schema.ACT) {
            out.add(path);
        } else if (schema instanceof Schema.Fields fs) {
            fs.fields().forEach((k, v) -> {
                String at = path.isEmpty() ? k : path + "." + k;
                if (!Schema.CORE.fields().containsKey(at) && !at.equals("region") && !at.equals("institution")) {
                    collectActLists(v, at, out);
                }
            });
        }
    }

    /** One act cited by the documents given: issued and in force by the earliest of them. */
    private void act(String path, List<Map.Entry<Dated, LocalDate>> citing) {
        LocalDate issued = parsed(path + ".date");
        LocalDate inForce = parsed(path + ".in_force");
        if (issued != null && inForce != null && inForce.isBefore(issued)) {
            problem(path + ".in_force", "акт вступает в силу " + numeric(inForce) + ", раньше своей даты " + numeric(issued));
            return;
        }
        if (citing.isEmpty()) {
            return;
        }
        Map.Entry<Dated, LocalDate> first = citing.get(0);
        String field = inForce != null && inForce.isAfter(first.getValue()) ? path + ".in_force"
                : issued != null && issued.isAfter(first.getValue()) ? path + ".date" : null;
        if (field == null || profile.fromBundledCommon(field)) {
            return;
        }
        String text = first.getKey().phrase(first.getValue());
        problem(field, field.endsWith(".in_force")
                ? text + ", до вступления в силу акта, на который ссылается: " + actName(path) + " (вступает в силу "
                        + numeric(inForce) + ")"
                : text + ", раньше акта, на который ссылается: " + actName(path));
    }

    /** «постановление Правительства Российской Федерации от 11.10.2023 № 1678». */
    private String actName(String path) {
        StringBuilder s = new StringBuilder(phrase(path + ".type"));
        if (profile.get(path + ".issuer") instanceof String issuer) {
            s.append(' ').append(issuer);
        }
        LocalDate date = parsed(path + ".date");
        if (date != null) {
            s.append(" от ").append(numeric(date));
        }
        if (profile.get(path + ".number") instanceof String number) {
            s.append(" № ").append(number);
        }
        return s.toString().strip();
    }

    /** The nominative of a phrase field: a string, or the nom of its case forms. */
    private String phrase(String path) {
        Object v = profile.get(path);
        return v instanceof Map<?, ?> m ? String.valueOf(m.get("nom")) : String.valueOf(v);
    }

    private boolean sameFile(String a, String b) {
        Location la = profile.locationOf(a);
        Location lb = profile.locationOf(b);
        return la != null && lb != null && la.file().equals(lb.file());
    }

    /** The certificate of the electronic signature is valid on the date of every document the head signs. */
    private void signatureCovers() {
        if (!(profile.get("signature.electronic") instanceof Map)) {
            return;
        }
        List<Dated> signers = new ArrayList<>(List.of(order()));
        packageDated().stream().filter(d -> d.signed() != null).forEach(signers::add);
        List<Map.Entry<Dated, LocalDate>> signed = newEdition() ? documents(List.of(amendment())) : documents(signers);
        if (signed.isEmpty()) {
            return;
        }
        LocalDate from = parsed("signature.electronic.valid_from");
        LocalDate to = parsed("signature.electronic.valid_to");
        Map.Entry<Dated, LocalDate> first = signed.get(0);
        Map.Entry<Dated, LocalDate> last = signed.get(signed.size() - 1);
        if (from != null && first.getValue().isBefore(from)) {
            problem("signature.electronic.valid_from", "сертификат электронной подписи действителен с " + numeric(from)
                    + ", а " + first.getKey().signedPhrase(first.getValue()));
        }
        if (to != null && last.getValue().isAfter(to)) {
            problem("signature.electronic.valid_to", "сертификат электронной подписи действителен по " + numeric(to)
                    + ", а " + last.getKey().signedPhrase(last.getValue()));
        }
    }

    private LocalDate parsed(String field) {
        if (profile.get(field) instanceof String s && ISO_DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The required fields a profile lacks (none when it has no kind: that is the one thing to fix first). */
    public static List<String> missingFields(Profile profile) {
        return missingFields(profile, null);
    }

    /**
     * The required fields a profile lacks for these documents (null: every document of its packages): the core's
     * and those of the documents' packages.
     */
    public static List<String> missingFields(Profile profile, List<String> documentIds) {
        ProfileValidator v = new ProfileValidator(profile);
        List<String> out = new ArrayList<>();
        if (!profile.isInstitution() || v.absent("kind.id")) {
            return out;
        }
        java.util.LinkedHashSet<String> required = new java.util.LinkedHashSet<>(Schema.REQUIRED);
        Catalog catalog = Catalog.active();
        for (PackageManifest p : packagesOf(profile, documentIds)) {
            required.addAll(catalog.required(p, when -> Boolean.TRUE.equals(profile.get(when))));
        }
        for (String field : required) {
            if (v.absent(field)) {
                out.add(field);
            }
        }
        return out;
    }

    /** The packages of these documents, or every package the profile uses. */
    private static List<PackageManifest> packagesOf(Profile profile, List<String> documentIds) {
        Catalog catalog = Catalog.active();
        if (documentIds == null) {
            return catalog.used(profile);
        }
        java.util.LinkedHashSet<PackageManifest> out = new java.util.LinkedHashSet<>();
        for (String id : documentIds) {
            PackageManifest p = catalog.packageOf(id);
            if (p != null) {
                out.add(p);
            } else if (id.equals(Schema.AMEND_DOCUMENT)) {
                out.addAll(catalog.used(profile).stream().filter(PackageManifest::hasRegulation).toList());
            }
        }
        return new ArrayList<>(out);
    }

    /** The profile names packages the program has. */
    private void packages() {
        List<Object> named = Profile.asList(profile.get("packages"));
        java.util.Set<String> known = new java.util.TreeSet<>();
        Catalog.active().packages().forEach(p -> known.add(p.name()));
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) instanceof String name && !known.contains(name)) {
                problem("packages." + i, "пакета документов «" + name + "» нет" + suggestion(name, known)
                        + "; есть: " + String.join(", ", known));
            }
        }
    }

    private boolean absent(String field) {
        Object v = profile.get(field);
        return v == null || v instanceof String s && s.isBlank();
    }

    /**
     * A field that names an employee: its full path (an item of a list included), who names them for a message about
     * them, and what the package's documents print of them.
     */
    private record StaffField(String path, String role, PackageManifest.StaffRole contacts) {
    }

    /** Who names an employee in every package's acts. */
    private static final Map<String, String> ACT_ROLES = Map.of(
            "order.control", "приказ как ответственного за контроль",
            "order.executor", "приказ как исполнителя",
            "order.case_clerk", "приказ в отметке «В дело»");

    /** Every field of the profile's packages that names an employee, with its value's path. */
    private List<StaffField> staffFields() {
        List<StaffField> out = new ArrayList<>();
        for (PackageManifest p : Catalog.active().used(profile)) {
            if (p.hasRegulation()) {
                ACT_ROLES.forEach((rel, role) -> out.add(new StaffField(p.full(rel), role, null)));
            }
            p.checks().staff().forEach((rel, role) -> {
                if (rel.endsWith(".*")) {
                    String list = p.full(rel.substring(0, rel.length() - 2));
                    List<Object> items = Profile.asList(profile.get(list));
                    for (int i = 0; i < items.size(); i++) {
                        out.add(new StaffField(list + "." + i, role.role(), role));
                    }
                } else {
                    out.add(new StaffField(p.full(rel), role.role(), role));
                }
            });
        }
        return out;
    }

    /** Fields that name a person refer to a key of staff, and that person has a position. */
    private void references() {
        for (StaffField sf : staffFields()) {
            String field = sf.path();
            Object ref = profile.get(field);
            boolean selfAllowed = Catalog.active().at(field) instanceof Schema.StaffRef r && r.self();
            if (!(ref instanceof String name) || selfAllowed && name.equals("self")) {
                continue;
            }
            Object person = staffMember(field, name, selfAllowed);
            if (person == null || person instanceof String blank && ru.lokalakt.document.Blank.isMarker(blank)) {
                continue;
            }
            PackageManifest.StaffRole contacts = sf.contacts();
            if (!(person instanceof Map<?, ?> p) || p.get("position") == null) {
                problem("staff." + name + ".position", "нет должности: работника называет " + sf.role());
            } else if (field.endsWith("order.executor") && p.get("phone") == null) {
                // ГОСТ Р 7.0.97: the executor's mark gives a surname and a telephone number.
                problem("staff." + name + ".phone", "у исполнителя приказов не указан телефон: его ставит отметка об исполнителе");
            } else if (contacts != null && !contacts.contacts().isEmpty()) {
                // The documents print these contacts of the employee (the application: a mobile phone and e-mail).
                for (String contact : contacts.contacts()) {
                    if (p.get(contact) == null) {
                        problem("staff." + name + "." + contact, contacts.who() + " не указан " + (contact.equals("phone")
                                ? (contacts.mobile() != null ? "мобильный телефон" : "телефон") : "адрес электронной почты")
                                + ": " + contacts.why());
                    }
                }
                int digits = p.get("phone") instanceof String phone ? phone.replaceAll("\\D", "").length() : 0;
                if (contacts.mobile() != null && p.get("phone") instanceof String phone && digits >= 5 && digits < 8) {
                    problem("staff." + name + ".phone", "в номере «" + brief(phone) + "» " + digits + " " + digitsWord(digits)
                            + ", а в мобильном — 11: +7 и 10 цифр");
                } else if (contacts.mobile() != null && p.get("phone") instanceof String phone && digits >= 10 && !mobile(phone)) {
                    problem("staff." + name + ".phone", "номер «" + brief(phone) + "» не мобильный: " + contacts.mobile()
                            + ", вида +7 9XX XXX-XX-XX");
                }
            }
        }
        for (PackageManifest p : Catalog.active().used(profile)) {
            if (p.hasRegulation() && profile.get(p.full("order.case_file")) != null && profile.get(p.full("order.case_clerk")) == null) {
                problem(p.full("order.case_file"), "для отметки «В дело» выберите, кто её ставит");
            }
        }
        if (profile.get("institution.inn") instanceof String inn && inn.matches("\\d{10}") && !innValid(inn)) {
            problem("institution.inn", "ИНН «" + inn + "» с неверной контрольной цифрой: проверьте, не перепутаны ли цифры");
        }
    }

    /** The staff member a field names, or null after reporting that there is none. */
    private Object staffMember(String field, String name, boolean selfAllowed) {
        Object staff = profile.get("staff");
        if (staff != null && !(staff instanceof Map)) {
            return null;
        }
        if (!(staff instanceof Map<?, ?> people) || !people.containsKey(name)) {
            Set<String> keys = staff instanceof Map<?, ?> m ? toStrings(m.keySet()) : Set.of();
            problem(field, "в staff нет работника «" + name + "»" + suggestion(name, keys)
                    + (selfAllowed ? "; или self — «оставляю за собой»" : ""));
            return null;
        }
        return people.get(name);
    }

    /** The check digit of a legal entity's ИНН: the first nine digits weighted 2, 4, 10, 3, 5, 9, 4, 6, 8, mod 11, mod 10. */
    static boolean innValid(String inn) {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10 == inn.charAt(9) - '0';
    }

    /**
     * Fields a document needs beyond what every document needs, missing in this profile. The application names its
     * administrator in full (п. 19 рекомендаций: Ф. И. О.), so initials alone leave the first name and, where the
     * initials show one, the patronymic missing.
     */
    public static List<String> missingFor(Profile profile, String documentId) {
        ProfileValidator v = new ProfileValidator(profile);
        Catalog catalog = Catalog.active();
        PackageManifest p = catalog.packageOf(documentId);
        List<String> needs = documentId.equals(Schema.AMEND_DOCUMENT) || p == null ? Schema.REQUIRED_TO_AMEND
                : catalog.document(documentId).orElseThrow().needs().stream().map(p::full).toList();
        if (p == null && !documentId.equals(Schema.AMEND_DOCUMENT)) {
            needs = List.of();
        }
        List<String> out = new ArrayList<>(needs.stream().filter(v::absent).toList());
        String fullName = p == null ? null : catalog.document(documentId).map(PackageManifest.DocumentSpec::fullName)
                .map(p::full).orElse(null);
        if (fullName != null && profile.get(fullName) instanceof String key
                && profile.get("staff." + key) instanceof Map<?, ?> person) {
            String at = "staff." + key + ".";
            if (v.absent(at + "first_name")) {
                out.add(at + "first_name");
            }
            boolean hasPatronymic = person.get("initials") instanceof String initials
                    && initials.replaceAll("[^\\p{L}]", "").length() > 1;
            if (hasPatronymic && v.absent(at + "patronymic")) {
                out.add(at + "patronymic");
            }
        }
        return out;
    }

    private static Set<String> toStrings(Set<?> keys) {
        Set<String> out = new java.util.TreeSet<>();
        keys.forEach(k -> out.add(String.valueOf(k)));
        return out;
    }

    /** «; возможно, «director»?» for a key within two edits of a known one. */
    public static String suggestion(String given, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(given.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : "; возможно, «" + best + "»?";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String brief(Object value) {
        String s = value instanceof Map ? "{…}" : value instanceof List ? "[…]" : String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
