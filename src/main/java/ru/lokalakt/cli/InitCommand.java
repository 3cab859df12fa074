package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.generate.IoMessages;
import ru.lokalakt.generate.OutputWriter;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.Schema;
import ru.lokalakt.profile.SchemaDocs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Пишет заготовку профиля: все поля, которые нужно заполнить, с пояснением и примером. "
                + "В терминале сначала спрашивает вид, регион, наименование и руководителя.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ФАЙЛ", description = "куда записать профиль (.yaml)")
    Path file;

    @Option(names = "--kind", paramLabel = "ВИД", description = "вид организации: school, kindergarten, college, dop")
    String kind;

    @Option(names = "--region", paramLabel = "РЕГИОН", description = "регион из поставки или из папки regions рядом с профилем, например kaluzhskaya-oblast")
    String region;

    @Option(names = "--package", paramLabel = "ПАКЕТ", split = ",", description = "пакеты документов, поля которых "
            + "записать (по умолчанию — пакеты по умолчанию; все показывает lokalakt list)")
    List<String> packages;

    @Option(names = "--force", description = "перезаписать существующий файл")
    boolean force;

    @Option(names = "--no-questions", description = "не задавать вопросов даже в терминале")
    boolean noQuestions;

    /** A line of the starter file: a field, its value, and whether the value is only an example. */
    private record Field(String path, String value, boolean example) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // As generate finds them: the user's own kinds and regions folders next to the profile, then the bundled ones.
        List<Path> roots = ProfileLoader.rootsFor(file, Home.profiles());
        Set<String> kinds = ProfileLoader.known(roots, "kinds");
        Set<String> regions = ProfileLoader.known(roots, "regions");
        Map<String, String> answers = new LinkedHashMap<>();
        try {
            if (Files.exists(file) && !force) {
                throw new UsageException("файл " + file + " уже есть; --force перезапишет его");
            }
            if (kind != null && !kinds.contains(kind)) {
                throw new UsageException("вид «" + kind + "» неизвестен; есть: " + String.join(", ", kinds));
            }
            if (region != null && !regions.contains(region)) {
                throw new UsageException("регион «" + region + "» неизвестен" + ProfileValidator.suggestion(region, regions)
                        + "; все регионы показывает «lokalakt list»");
            }
            if (System.console() != null && !noQuestions) {
                ask(out, kinds, regions, answers);
            }
        } catch (UsageException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("lokalakt: не удалось прочитать ответ: " + IoMessages.describe(e));
            return ExitCode.USAGE;
        }
        String text = starter(answers);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            OutputWriter.write(file.toAbsolutePath(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("lokalakt: не удалось записать " + file + ": " + IoMessages.describe(e));
            return ExitCode.INVALID_INPUT;
        }
        out.println(file + ": заготовка записана. Замените значения с пометкой «# пример» своими, затем:");
        out.println("  lokalakt validate " + file);
        out.println("  lokalakt generate " + file + " -o out");
        out.flush();
        return ExitCode.OK;
    }

    private void ask(PrintWriter out, Set<String> kinds, Set<String> regions, Map<String, String> answers)
            throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (kind == null) {
            kind = choose(out, in, "Вид организации (" + String.join(", ", kinds) + ")", kinds, "school");
        }
        if (region == null) {
            String r = choose(out, in, "Регион (имя из «lokalakt list», например kaluzhskaya-oblast; пусто — другой)", regions, "");
            region = r.isEmpty() ? null : r;
        }
        question(out, in, "Полное наименование по уставу", "institution.full_name", answers);
        question(out, in, "Сокращённое наименование", "institution.short_name", answers);
        question(out, in, "Населённый пункт", "institution.city", answers);
        question(out, in, "Фамилия руководителя", "head.surname", answers);
        question(out, in, "Инициалы руководителя (А. Б.)", "head.initials", answers);
        String gender = answer(out, in, "Руководитель — женщина или мужчина (ж/м)");
        if (gender != null && !gender.isEmpty()) {
            answers.put("head.gender", gender.toLowerCase().startsWith("м") ? "male" : "female");
        }
    }

    private static String choose(PrintWriter out, BufferedReader in, String prompt, Set<String> allowed, String fallback)
            throws IOException {
        while (true) {
            String a = answer(out, in, prompt);
            if (a == null || a.isEmpty()) {
                return fallback;
            }
            if (allowed.contains(a)) {
                return a;
            }
            out.println("  нет такого" + ProfileValidator.suggestion(a, allowed)
                    + (allowed.size() > 10 ? "; все имена показывает «lokalakt list»" : "; есть: " + String.join(", ", allowed)));
        }
    }

    private static void question(PrintWriter out, BufferedReader in, String prompt, String path,
                                 Map<String, String> answers) throws IOException {
        String a = answer(out, in, prompt);
        if (a != null && !a.isBlank()) {
            answers.put(path, a.strip());
        }
    }

    private static String answer(PrintWriter out, BufferedReader in, String prompt) throws IOException {
        out.print(prompt + ": ");
        out.flush();
        String line = in.readLine();
        return line == null ? null : line.strip();
    }

    /** The starter profile: every field an institution fills in, with its meaning and an example value. */
    String starter(Map<String, String> answers) {
        Path schema = Home.profiles().resolve("schema.json");
        String schemaRef;
        try {
            schemaRef = file.toAbsolutePath().getParent().relativize(schema).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            schemaRef = schema.toString();
        }
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=").append(schemaRef).append('\n');
        y.append("# Профиль организации для lokalakt. Значения с пометкой «# пример» — образцы: впишите свои сведения.\n");
        y.append("# Проверка: lokalakt validate ").append(file.getFileName()).append("; документы: lokalakt generate ")
                .append(file.getFileName()).append(" -o out\n\n");
        y.append("# ").append(SchemaDocs.of("kind").description()).append('\n');
        y.append("kind: ").append(kind == null ? "school" : kind).append('\n');
        y.append("# ").append(SchemaDocs.of("region").description()).append('\n');
        y.append(region == null ? "# region: kaluzhskaya-oblast\n" : "region: " + region + "\n");
        List<ru.lokalakt.profile.PackageManifest> chosen = chosenPackages();
        if (packages != null && !packages.isEmpty()) {
            y.append("# пакеты документов организации\n");
            y.append("packages: [").append(String.join(", ", chosen.stream().map(ru.lokalakt.profile.PackageManifest::name).toList()))
                    .append("]\n");
        }
        List<Field> fields = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("id", "institution.full_name", "institution.short_name", "institution.city",
                "institution.municipality", "institution.address", "institution.phone", "institution.email",
                "institution.inn", "institution.kpp",
                "head.surname", "head.initials", "head.gender",
                "staff.admin.surname", "staff.admin.first_name", "staff.admin.patronymic", "staff.admin.gender", "staff.admin.position",
                "staff.admin.phone", "staff.admin.email"));
        paths.addAll(packageFields(chosen));
        for (String path : paths) {
            String given = answers.get(path);
            String example = SchemaDocs.example(path);
            // Choices with a sensible default are not examples to replace: «self», a gender, the starter's employee.
            boolean staff = Catalog.active().at(path) instanceof Schema.StaffRef;
            boolean self = Catalog.active().at(path) instanceof Schema.StaffRef ref && ref.self();
            boolean choice = path.endsWith(".gender") || staff;
            fields.add(new Field(path, given != null ? given : self ? "self" : staff ? "admin" : example,
                    given == null && !choice));
        }
        String section = "";
        List<String> open = List.of();
        for (Field f : fields) {
            List<String> keys = List.of(f.path().split("\\."));
            List<String> parents = keys.subList(0, keys.size() - 1);
            String heading = SchemaDocs.section(f.path());
            if (!heading.equals(section)) {
                y.append("\n# ").append(heading).append('\n');
                section = heading;
            }
            int common = 0;
            while (common < parents.size() && common < open.size() && parents.get(common).equals(open.get(common))) {
                common++;
            }
            for (int i = common; i < parents.size(); i++) {
                y.append("  ".repeat(i)).append(parents.get(i)).append(":\n");
            }
            open = parents;
            String indent = "  ".repeat(parents.size());
            String key = keys.get(keys.size() - 1);
            boolean personField = parents.size() >= 1 && (parents.get(0).equals("head") || parents.get(0).equals("staff"));
            String description = personField ? SchemaDocs.PERSON.get(key).description() : SchemaDocs.of(f.path()).description();
            y.append(indent).append("# ").append(description).append('\n');
            y.append(indent).append(key).append(": ").append(scalar(f.value()));
            if (f.example()) {
                y.append("  # ").append(ProfileLoader.EXAMPLE_MARK);
            }
            y.append('\n');
        }
        y.append("\n# Другие работники, на которых ссылается приказ (order.responsible, order.control, order.executor),\n");
        y.append("# добавляются в staff рядом с admin так же: ключ латиницей, фамилия, инициалы, пол, должность.\n");
        y.append("# Все поля с пояснениями: profiles/schema.json и таблица «Поля» в README.\n");
        return y.toString();
    }

    /** The packages asked for with --package, else the default ones. */
    private List<ru.lokalakt.profile.PackageManifest> chosenPackages() {
        Catalog catalog = Catalog.active();
        if (packages == null || packages.isEmpty()) {
            return catalog.packages().stream().filter(ru.lokalakt.profile.PackageManifest::byDefault).toList();
        }
        List<ru.lokalakt.profile.PackageManifest> out = new ArrayList<>();
        for (String name : packages) {
            out.add(catalog.pkg(name.strip()).orElseThrow(() -> new UsageException("пакета документов «" + name
                    + "» нет; есть: " + String.join(", ", catalog.packages().stream()
                    .map(ru.lokalakt.profile.PackageManifest::name).toList()))));
        }
        return out;
    }

    /**
     * The fields the institution itself writes for these packages' documents: those their documents need and the
     * institution (not its kind, region or the package) writes, in the order of the packages' form groups.
     */
    static List<String> packageFields(List<ru.lokalakt.profile.PackageManifest> chosen) {
        Catalog catalog = Catalog.active();
        java.util.Set<String> needed = new java.util.LinkedHashSet<>();
        for (ru.lokalakt.profile.PackageManifest p : chosen) {
            needed.addAll(catalog.required(p, when -> false));
            for (String id : catalog.documentIds(List.of(p))) {
                needed.addAll(catalog.required(id, when -> false));
            }
        }
        List<String> out = new ArrayList<>();
        for (ru.lokalakt.profile.PackageManifest p : chosen) {
            for (ru.lokalakt.profile.PackageManifest.FormGroup g : p.form()) {
                for (String rel : g.fields()) {
                    String path = p.full(rel);
                    SchemaDocs.Doc doc = SchemaDocs.of(path);
                    if (needed.contains(path) && !out.contains(path) && doc != null
                            && doc.where() == SchemaDocs.Where.INSTITUTION) {
                        out.add(path);
                    }
                }
            }
        }
        return out;
    }

    private static String scalar(String value) {
        return ru.lokalakt.profile.ProfileYaml.scalar(value);
    }
}
