package ru.lokalakt.web;

import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.lint.LintException;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateFailure;
import ru.lokalakt.template.TemplateModelBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The engine the web page and the API share, made once and kept warm: templates compiled once, fonts and the
 * DOCX context loaded once. A profile arrives as YAML text and is read as if it stood among the bundled examples:
 * it may build on the bundled kinds and regions and on nothing else on the disk.
 */
public final class WebEngine {
    /** The name a posted profile is read under, in the bundled examples folder; no real file has it. */
    static final String POSTED = "_profil_.yaml";
    public static final List<String> FORMATS = List.of("docx", "pdf", "html");
    /** The documents' names as the page shows them. */
    public static final Map<String, String> DOCUMENT_NAMES = Map.of(
            "sferum/polozhenie", "Положение", "sferum/prikaz", "Приказ об утверждении Положения",
            "sferum/prikaz-administrator", "Приказ о назначении администратора", "sferum/zayavka", "Заявка на регистрацию",
            "sferum/pamyatka", "Памятка для родителей", "sferum/sayt", "Страница для сайта");

    private final Path profiles;
    private final TemplateEngine templates;
    private final Map<String, Generator> generators = new LinkedHashMap<>();
    private final Generator allFormats;

    public WebEngine(Path profiles, Path templatesRoot) {
        this(profiles, templatesRoot, Map.of("docx", new DocxRenderer(), "pdf", new PdfRenderer(true),
                "html", new HtmlRenderer()));
    }

    /** With these renderers, by format: a test's stand-in for one of them. */
    WebEngine(Path profiles, Path templatesRoot, Map<String, Renderer> renderers) {
        this.profiles = profiles;
        this.templates = new TemplateEngine(templatesRoot);
        for (String format : FORMATS) {
            generators.put(format, new Generator(templates, List.of(renderers.get(format))));
        }
        allFormats = new Generator(templates, FORMATS.stream().map(renderers::get).toList());
    }

    /** Loads fonts, the DOCX context and the templates before the first request needs them. */
    public void warmUp() {
        try {
            String example = Files.readString(profiles.resolve("examples").resolve("litsey-derzhava.yaml"));
            for (String doc : documents()) {
                for (String format : FORMATS) {
                    render(example, doc, format);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A failed warm-up only means the first request pays for loading.
        }
    }

    public List<String> documents() {
        return templates.documentIds();
    }

    public Path profilesFolder() {
        return profiles;
    }

    /**
     * One loader per server thread: each keeps the bundled parents it has read (kinds, regions, the common file),
     * so a request parses only the profile it brings. A loader is not shared between threads.
     */
    private final ThreadLocal<ProfileLoader> loaders = new ThreadLocal<>();

    Profile load(String yaml) {
        ProfileLoader loader = loaders.get();
        if (loader == null) {
            loader = new ProfileLoader(profiles);
            loaders.set(loader);
        }
        return loader.loadText(yaml, POSTED);
    }

    /** One problem for the page and the API: the form field it belongs to, its line and column in the YAML. */
    public record Problem(String field, int line, int column, String message) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field == null ? "" : field);
            m.put("line", line);
            m.put("column", column);
            m.put("message", message);
            return m;
        }
    }

    /**
     * Every problem of a profile as the command line finds them (the same validator and the same templates), with
     * each missing required field named on its own so that the form can show it beside the field.
     */
    public List<Problem> problems(String yaml) {
        Profile profile;
        try {
            profile = load(yaml);
        } catch (ProfileException e) {
            return problems(e);
        }
        List<Problem> out = new ArrayList<>();
        List<String> missing = ProfileValidator.missingFields(profile);
        for (ProfileException.Issue issue : ProfileValidator.issues(profile)) {
            if (issue.field() == null && issue.message().startsWith("не задан") && !missing.isEmpty()) {
                continue;
            }
            out.add(problem(issue));
        }
        for (String field : missing) {
            out.add(new Problem(field, 0, 0, "обязательное поле не заполнено"));
        }
        Map<String, List<String>> neededBy = new LinkedHashMap<>();
        for (String doc : documents()) {
            for (String field : ProfileValidator.missingFor(profile, doc)) {
                neededBy.computeIfAbsent(field, k -> new ArrayList<>()).add(DOCUMENT_NAMES.getOrDefault(doc, doc));
            }
        }
        neededBy.forEach((field, docs) -> {
            if (!missing.contains(field)) {
                out.add(new Problem(field, 0, 0, "обязательное поле для документов: " + String.join(", ", docs)));
            }
        });
        if (out.isEmpty()) {
            try {
                allFormats.lint(profile, documents()).forEach(f -> out.add(new Problem(null, 0, 0, f.toString())));
            } catch (ProfileException e) {
                out.addAll(problems(e));
            } catch (TemplateFailure e) {
                out.add(new Problem(null, 0, 0, e.getMessage()));
            }
        }
        return out;
    }

    static List<Problem> problems(ProfileException e) {
        return e.issues().stream().map(WebEngine::problem).toList();
    }

    private static Problem problem(ProfileException.Issue issue) {
        Location at = issue.location();
        boolean posted = at != null && at.file() != null && at.file().getFileName() != null
                && at.file().getFileName().toString().equals(POSTED);
        String message = issue.message();
        if (at != null && !posted) {
            message = message + " (в файле " + at.file().getFileName() + ")";
        }
        return new Problem(issue.field(), posted ? at.line() : 0, posted ? at.column() : 0, message);
    }

    /** A problem of the input: the API answers 422 with these. */
    public static final class Invalid extends RuntimeException {
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.isEmpty() ? "" : problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A rendered file and the id of the institution it belongs to (the name of its folder). */
    public record Output(String id, RenderedFile file) {
    }

    /** One document in one format, as the command line would write it for the same profile. */
    public Output render(String yaml, String document, String format) {
        Generator generator = generators.get(format);
        if (generator == null) {
            throw new IllegalArgumentException(format);
        }
        Profile profile = loaded(yaml);
        RenderedFile file = render(yaml, profile, generator, List.of(document)).get(0);
        return new Output(profile.id(), file);
    }

    /** Every document in every format, in one ZIP: the institution's id as the folder, as the command line writes. */
    public Output zip(String yaml) {
        Profile profile = loaded(yaml);
        List<RenderedFile> files = render(yaml, profile, allFormats, documents());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            String folder = profile.id() + "/";
            long time = java.time.LocalDate.parse(String.valueOf(profile.get("order.date")).length() == 10
                    ? String.valueOf(profile.get("order.date")) : "2024-01-01")
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            for (RenderedFile f : files) {
                ZipEntry e = new ZipEntry(folder + f.fileName());
                e.setTime(time);
                zip.putNextEntry(e);
                zip.write(f.bytes());
                zip.closeEntry();
            }
            ZipEntry profileEntry = new ZipEntry(folder + profile.id() + ".yaml");
            profileEntry.setTime(time);
            zip.putNextEntry(profileEntry);
            zip.write(yaml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(profile.id(), new RenderedFile(null, "zip", profile.id() + ".zip", bytes.toByteArray()));
    }

    private Profile loaded(String yaml) {
        try {
            return load(yaml);
        } catch (ProfileException e) {
            throw new Invalid(problems(yaml));
        }
    }

    /**
     * Renders with the generator, which validates the profile itself; only when it refuses are the problems
     * worked out again field by field, as the form shows them.
     */
    private List<RenderedFile> render(String yaml, Profile profile, Generator generator, List<String> documents) {
        try {
            return generator.render(profile, documents);
        } catch (ProfileException e) {
            List<Problem> byField = problems(yaml);
            throw new Invalid(byField.isEmpty() ? problems(e) : byField);
        } catch (LintException e) {
            throw new Invalid(e.findings().stream().map(f -> new Problem(null, 0, 0, f.toString())).toList());
        } catch (TemplateFailure | RenderException e) {
            throw new Invalid(List.of(new Problem(null, 0, 0, e.getMessage())));
        }
    }

    /**
     * The case forms the documents will print for the names in a profile: a person's «Титовой А. А.» in each
     * case, a phrase's six forms. Shown beside the form's fields; empty when the profile cannot be read yet.
     */
    public Map<String, Map<String, String>> forms(String yaml) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Object> model;
        try {
            Profile profile = load(yaml);
            model = TemplateModelBuilder.build(profile);
        } catch (RuntimeException e) {
            return out;
        }
        person(out, "head", model.get("head"));
        if (model.get("staff") instanceof Map<?, ?> staff) {
            staff.forEach((k, v) -> person(out, "staff." + k, v));
        }
        for (String path : List.of("region.name", "region.ministry", "institution.full_name", "institution.short_name", "institution.city",
                "institution.municipality", "institution.superior", "approval.body", "messenger.name")) {
            Object value = Profile.at(model, path);
            if (value instanceof Map<?, ?> m && m.get("nom") instanceof String) {
                out.put(path, cases(m));
            }
        }
        return out;
    }

    private static void person(Map<String, Map<String, String>> out, String path, Object value) {
        if (value instanceof Map<?, ?> m && m.get("short") instanceof Map<?, ?> forms) {
            out.put(path, cases(forms));
            if (m.get("position") instanceof Map<?, ?> position && position.get("nom") instanceof String) {
                out.put(path + ".position", cases(position));
            }
        }
    }

    private static Map<String, String> cases(Map<?, ?> forms) {
        Map<String, String> c = new LinkedHashMap<>();
        for (String key : List.of("nom", "gen", "dat", "acc", "ins", "pre")) {
            if (forms.get(key) instanceof String s) {
                c.put(key, s);
            }
        }
        return c;
    }

    /** The profile's own fields (not its parents'), as the form shows them; problems if it cannot be read. */
    public Map<String, Object> parse(String yaml) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Map<String, Object> own = ProfileLoader.ownData(yaml, POSTED);
            out.put("data", own);
            out.put("errors", List.of());
        } catch (ProfileException e) {
            out.put("data", Map.of());
            out.put("errors", problems(e).stream().map(Problem::json).toList());
        }
        return out;
    }

    /** The bundled files do not change while the server runs: their names are read once. */
    private final Map<String, Map<String, String>> names = new java.util.concurrent.ConcurrentHashMap<>();

    /** Kinds, regions and examples with their names, for the start page and the catalog. */
    public Map<String, String> named(String folder, String nameField) {
        return names.computeIfAbsent(folder + "#" + nameField, k -> readNames(folder, nameField));
    }

    private Map<String, String> readNames(String folder, String nameField) {
        Map<String, String> out = new LinkedHashMap<>();
        ProfileLoader loader = new ProfileLoader(profiles);
        for (String name : ProfileLoader.known(List.of(profiles), folder)) {
            String title = name;
            try {
                Object v = loader.load(profiles.resolve(folder).resolve(name + ".yaml")).get(nameField);
                if (v instanceof Map<?, ?> m) {
                    v = m.get("nom");
                }
                if (v != null) {
                    title = v.toString();
                }
            } catch (ProfileException e) {
                // listed by its file name
            }
            out.put(name, title);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    public String example(String id) throws IOException {
        if (!id.matches("[a-z0-9-]+")) {
            return null;
        }
        Path file = profiles.resolve("examples").resolve(id + ".yaml");
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
