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
    /** Why there is no amending order between two versions. */
    static final String UNCHANGED = "Положение по этим версиям одно и то же: изменений нет";

    private final Path profiles;
    private final TemplateEngine templates;
    private final Map<String, Generator> generators = new LinkedHashMap<>();
    private final Map<String, Renderer> renderers;
    private final Generator allFormats;

    public WebEngine(Path profiles, Path templatesRoot) {
        this(profiles, List.of(templatesRoot));
    }

    /** Templates from these folders in order: an office's own packages before the bundled ones. */
    public WebEngine(Path profiles, List<Path> templatesRoots) {
        this(profiles, templatesRoots, Map.of("docx", new DocxRenderer(), "pdf", new PdfRenderer(true),
                "html", new HtmlRenderer()));
    }

    /** With these renderers, by format: a test's stand-in for one of them. */
    WebEngine(Path profiles, Path templatesRoot, Map<String, Renderer> renderers) {
        this(profiles, List.of(templatesRoot), renderers);
    }

    WebEngine(Path profiles, List<Path> templatesRoots, Map<String, Renderer> renderers) {
        this.profiles = profiles;
        this.templates = new TemplateEngine(templatesRoots);
        this.renderers = Map.copyOf(renderers);
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

    /** The documents of the packages a profile uses (every document when it could not be read). */
    public List<String> documents(Profile profile) {
        if (profile == null) {
            return documents();
        }
        ru.lokalakt.profile.Catalog catalog = templates.catalog();
        return catalog.documentIds(catalog.used(profile));
    }

    /** The documents' names as the page shows them: the short titles of the packages' manifests. */
    public Map<String, String> documentNames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : documents()) {
            out.put(id, templates.catalog().shortTitle(id));
        }
        return out;
    }

    public Path profilesFolder() {
        return profiles;
    }

    /**
     * One loader per server thread: each keeps the bundled parents it has read (kinds, regions, the common file),
     * so a request parses only the profile it brings. A loader is not shared between threads.
     */
    private final ThreadLocal<ProfileLoader> loaders = new ThreadLocal<>();
    private final ThreadLocal<Integer> loaderGenerations = new ThreadLocal<>();
    /** Where profiles find their kind and region before the bundled ones (an office's region files); null: nowhere. */
    private volatile Path ownParents;
    /** Counts the changes of {@link #ownParents}' files: a loader that has read an older one reads them again. */
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();

    /** Kinds and regions of every profile looked up first in {@code folder} ({@code regions/}, {@code kinds/}). */
    public void ownParents(Path folder) {
        this.ownParents = folder;
        generation.incrementAndGet();
    }

    /** The edition of the own kinds and regions: it grows with every change. */
    int parentsEdition() {
        return generation.get();
    }

    /** A file of {@link #ownParents} changed: every loader reads its parents again. */
    void parentsChanged() {
        generation.incrementAndGet();
    }

    Profile load(String yaml) {
        ProfileLoader loader = loaders.get();
        int now = generation.get();
        if (loader == null || loaderGenerations.get() != now) {
            loader = new ProfileLoader(profiles).ownParents(ownParents);
            loaders.set(loader);
            loaderGenerations.set(now);
        }
        return loader.loadText(yaml, POSTED);
    }

    /**
     * One problem for the page and the API: the form field it belongs to, the documents it stops (none: a field no
     * document prints), the message, its line and column in the YAML.
     */
    public record Problem(String field, List<String> documents, int line, int column, String message) {
        Problem(String field, int line, int column, String message, List<String> documents) {
            this(field, documents, line, column, message);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field == null ? "" : field);
            m.put("line", line);
            m.put("column", column);
            m.put("message", message);
            m.put("documents", documents);
            return m;
        }
    }

    /** What a profile allows: its problems, each with the documents it stops, and which documents are ready. */
    public record Report(Profile profile, String id, List<Problem> problems, List<String> ready) {
        /** The documents, each ready or waiting for the fields named. */
        List<Map<String, Object>> documents(List<String> all) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String doc : all) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", doc);
                d.put("name", ru.lokalakt.profile.Catalog.active().shortTitle(doc));
                d.put("ready", ready.contains(doc));
                List<String> waiting = new ArrayList<>();
                for (Problem p : problems) {
                    if (p.documents().contains(doc) && !waiting.contains(p.field() == null ? "" : p.field())) {
                        waiting.add(p.field() == null ? "" : p.field());
                    }
                }
                d.put("waiting", waiting);
                out.add(d);
            }
            return out;
        }

        Map<String, Object> json(List<String> all) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("errors", problems.stream().map(Problem::json).toList());
            out.put("documents", documents(all));
            out.put("id", id);
            return out;
        }
    }

    /**
     * The profile checked once, as the command line checks it (the same validator, the same templates): every
     * problem field by field with the documents it stops, then the proofreading of the documents that are ready.
     * {@code taken}: saved profiles' names, which a file name made from the short name must not repeat.
     */
    public Report report(String yaml, java.util.Set<String> taken) {
        return report(yaml, taken, true);
    }

    /** {@code proofread}: false where the generator proofreads the one document itself (a render). */
    private Report report(String yaml, java.util.Set<String> taken, boolean proofread) {
        Profile profile;
        try {
            profile = load(yaml);
        } catch (ProfileException e) {
            return new Report(null, null, problems(e, documents()), List.of());
        }
        List<Problem> out = new ArrayList<>();
        List<String> documents = documents(profile);
        for (ProfileValidator.Finding f : ProfileValidator.report(profile, documents)) {
            out.add(problem(new ProfileException.Issue(f.location(), f.field(), f.message()), f.documents()));
        }
        List<String> ready = new ArrayList<>(documents.stream()
                .filter(d -> out.stream().noneMatch(p -> p.documents().contains(d))).toList());
        if (proofread && !ready.isEmpty()) {
            try {
                for (ru.lokalakt.lint.Finding f : allFormats.lintValidated(profile, ready)) {
                    out.add(new Problem(null, 0, 0, templates.catalog().shortTitle(f.document()) + ", "
                            + f.where() + ": " + f.message(), List.of(f.document())));
                    ready.remove(f.document());
                }
            } catch (ProfileException e) {
                out.addAll(problems(e, ready));
                ready.clear();
            } catch (TemplateFailure | RenderException e) {
                out.add(new Problem(null, 0, 0, e.getMessage(), List.copyOf(ready)));
                ready.clear();
            }
        }
        return new Report(profile, idOf(profile, taken), out, ready);
    }

    /** The profile checked field by field, the documents not proofread: an office's list of hundreds of them. */
    Report checked(String yaml) {
        return report(yaml, java.util.Set.of(), false);
    }

    /**
     * The batch engine over this server's templates, as {@code lokalakt batch} runs it: DOCX and PDF of the
     * documents of each profile's packages, in a folder per institution under {@code out}, with its manifest.
     */
    List<ru.lokalakt.batch.ManifestRow> batch(List<Path> profileFiles, Path out) throws IOException, InterruptedException {
        Generator generator = new Generator(templates, List.of(renderers.get("docx"), renderers.get("pdf")));
        ru.lokalakt.batch.BatchRunner runner = new ru.lokalakt.batch.BatchRunner(generator, templates.documentIds(),
                List.of(), profiles, out, 2, false);
        List<ru.lokalakt.batch.ManifestRow> rows = runner.run(profileFiles, outcome -> { });
        ru.lokalakt.batch.Manifest.write(out, rows);
        return rows;
    }

    /** The report as the API gives it. */
    public Map<String, Object> check(String yaml, java.util.Set<String> taken) {
        Report report = report(yaml, taken);
        return report.json(documents(report.profile()));
    }

    /** Every problem as a list (the old shape of {@code /api/validate}, kept for the command line's users). */
    public List<Problem> problems(String yaml) {
        return report(yaml, java.util.Set.of()).problems();
    }

    static List<Problem> problems(ProfileException e, List<String> documents) {
        return e.issues().stream().map(i -> problem(i, i.field() != null && i.field().equals("id") ? List.of() : documents)).toList();
    }

    private static Problem problem(ProfileException.Issue issue, List<String> documents) {
        Location at = issue.location();
        boolean posted = at != null && at.file() != null && at.file().getFileName() != null
                && at.file().getFileName().toString().equals(POSTED);
        String message = issue.message();
        if (at != null && !posted && at.file() != null && at.file().getFileName() != null) {
            message = message + " (в файле " + at.file().getFileName() + ")";
        }
        return new Problem(issue.field(), posted ? at.line() : 0, posted ? at.column() : 0, message, documents);
    }

    /**
     * The folder and file name of an institution: its own {@code id} when it gives a usable one, else made from its
     * short name (or full name) in Latin letters, numbered on when a saved profile already has it.
     */
    static String idOf(Profile profile, java.util.Set<String> taken) {
        if (profile.get("id") instanceof String id && ProfileStore.validName(id)) {
            return id;
        }
        return suggestId(nominative(profile.get("institution.short_name")) != null ? nominative(profile.get("institution.short_name"))
                : nominative(profile.get("institution.full_name")), taken);
    }

    /** A file name made from a name: «МАДОУ «Детский сад № 5»» → madou-detskiy-sad-5, -2, -3… when taken. */
    public static String suggestId(String name, java.util.Set<String> taken) {
        String base = name == null ? "" : ru.lokalakt.russian.Transliteration.slug(name);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "organizatsiya";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String nominative(Object v) {
        if (v instanceof Map<?, ?> m) {
            v = m.get("nom");
        }
        return v instanceof String s && !s.isBlank() ? s : null;
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

    /**
     * One document in one format, as the command line would write it for the same profile: made as soon as the
     * fields it needs are right, whatever other documents still wait for.
     */
    public Output render(String yaml, String document, String format) {
        Generator generator = generators.get(format);
        if (generator == null) {
            throw new IllegalArgumentException(format);
        }
        Profile profile;
        try {
            profile = load(yaml);
        } catch (ProfileException e) {
            throw new Invalid(problems(e, documents()));
        }
        try {
            // The generator validates for this document alone: the profile is checked once on the way to a file.
            RenderedFile file = generator.render(profile, List.of(document)).get(0);
            return new Output(idOf(profile, java.util.Set.of()), file);
        } catch (ProfileException e) {
            // Refused: the report says field by field what this document waits for.
            List<Problem> stopping = report(yaml, java.util.Set.of(), false).problems().stream()
                    .filter(p -> p.documents().contains(document)).toList();
            throw new Invalid(stopping.isEmpty() ? problems(e, List.of(document)) : stopping);
        } catch (LintException e) {
            throw new Invalid(e.findings().stream().map(f -> new Problem(null, 0, 0, f.toString(), List.of(f.document()))).toList());
        } catch (TemplateFailure | RenderException e) {
            throw new Invalid(List.of(new Problem(null, 0, 0, e.getMessage(), List.of(document))));
        }
    }

    /**
     * The amending order between two versions of a profile (the older, the text in force; the newer, with its
     * {@code amend}), in one format, with the regulation's default for the newer profile's packages.
     */
    public Output amend(String older, String newer, String format) {
        Profile before;
        Profile after;
        try {
            before = load(older);
            after = load(newer);
        } catch (ProfileException e) {
            throw new Invalid(problems(e, List.of(ru.lokalakt.generate.Amender.ORDER)));
        }
        Generator generator = generators.get(format);
        if (generator == null) {
            throw new IllegalArgumentException(format);
        }
        try {
            ru.lokalakt.generate.Amender amender = new ru.lokalakt.generate.Amender(templates,
                    List.of(renderers.get(format)), false);
            ru.lokalakt.generate.Amender.Result r = amender.order(before, after,
                    ru.lokalakt.generate.Amender.regulationOf(templates.catalog(), after));
            if (r.files().isEmpty()) {
                throw new Invalid(List.of(new Problem(null, 0, 0, UNCHANGED,
                        List.of(ru.lokalakt.generate.Amender.ORDER))));
            }
            return new Output(idOf(after, java.util.Set.of()), r.files().get(0));
        } catch (ProfileException e) {
            throw new Invalid(problems(e, List.of(ru.lokalakt.generate.Amender.ORDER)));
        } catch (LintException e) {
            throw new Invalid(e.findings().stream().map(f -> new Problem(null, 0, 0, f.toString(), List.of(f.document()))).toList());
        } catch (TemplateFailure | RenderException e) {
            throw new Invalid(List.of(new Problem(null, 0, 0, e.getMessage(), List.of(ru.lokalakt.generate.Amender.ORDER))));
        }
    }

    /**
     * The documents that are ready, in every format, in one ZIP with the profile: the institution's id as the folder,
     * as the command line writes. Refused when no document is ready.
     */
    public Output zip(String yaml) {
        Report report = report(yaml, java.util.Set.of());
        if (report.ready().isEmpty()) {
            throw new Invalid(report.problems());
        }
        Profile profile = report.profile();
        List<RenderedFile> files = render(report, allFormats, report.ready());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String id = report.id();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            String folder = id + "/";
            String date = String.valueOf(profile.get("order.date"));
            long time = java.time.LocalDate.parse(date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : "2024-01-01")
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            for (RenderedFile f : files) {
                ZipEntry e = new ZipEntry(folder + f.fileName());
                e.setTime(time);
                zip.putNextEntry(e);
                zip.write(f.bytes());
                zip.closeEntry();
            }
            ZipEntry profileEntry = new ZipEntry(folder + id + ".yaml");
            profileEntry.setTime(time);
            zip.putNextEntry(profileEntry);
            zip.write(yaml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.time.DateTimeException e) {
            throw new Invalid(List.of(new Problem("order.date", 0, 0, "такой даты нет", documents())));
        }
        return new Output(id, new RenderedFile(null, "zip", id + ".zip", bytes.toByteArray()));
    }

    /** Renders documents the report found ready; a refusal after all is told as the command line tells it. */
    private List<RenderedFile> render(Report report, Generator generator, List<String> documents) {
        try {
            return generator.render(report.profile(), documents);
        } catch (ProfileException e) {
            throw new Invalid(problems(e, documents));
        } catch (LintException e) {
            throw new Invalid(e.findings().stream().map(f -> new Problem(null, 0, 0, f.toString(), List.of(f.document()))).toList());
        } catch (TemplateFailure | RenderException e) {
            throw new Invalid(List.of(new Problem(null, 0, 0, e.getMessage(), documents)));
        }
    }

    /**
     * The case forms the documents will print for the names in a profile: a person's «Титовой А. А.» in each
     * case, a phrase's six forms. Shown beside the form's fields; empty when the profile cannot be read yet.
     */
    public Map<String, Map<String, String>> forms(String yaml) {
        try {
            return forms(load(yaml));
        } catch (RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    /** As {@link #forms(String)}, of a profile already read. */
    public Map<String, Map<String, String>> forms(Profile profile) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Object> model;
        if (profile == null) {
            return out;
        }
        try {
            model = TemplateModelBuilder.build(profile);
        } catch (RuntimeException e) {
            return out;
        }
        person(out, "head", model.get("head"));
        if (model.get("staff") instanceof Map<?, ?> staff) {
            staff.forEach((k, v) -> person(out, "staff." + k, v));
        }
        for (String path : FormSpec.declined()) {
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

    /**
     * A file as the page uploads it: UTF-8 (with or without its mark); a Windows-1251 file, as Notepad and old
     * Word save Russian text, is read as such and said so; UTF-16 and anything else are refused as
     * {@code lokalakt validate} refuses them.
     */
    public Map<String, Object> parse(byte[] bytes) {
        String notice = null;
        String text;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return refused("файл в кодировке UTF-16; сохраните его в UTF-8");
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            try {
                text = java.nio.charset.Charset.forName("windows-1251").newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e2) {
                text = null;
            }
            if (text == null || text.codePoints().noneMatch(c -> c >= 'А' && c <= 'я')) {
                return refused("файл не в кодировке UTF-8 (возможно, Windows-1251); сохраните его как UTF-8 "
                        + "(в Блокноте: «Сохранить как» → «Кодировка: UTF-8»)");
            }
            notice = "Файл был в кодировке Windows-1251: он прочитан и перекодирован. Проверьте русские буквы в полях; "
                    + "сохранённый или скачанный профиль будет в UTF-8.";
        }
        Map<String, Object> out = parse(text);
        if (notice != null) {
            out.put("notice", notice);
        }
        return out;
    }

    private static Map<String, Object> refused(String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", Map.of());
        out.put("errors", List.of(new Problem(null, 0, 0, message, List.of()).json()));
        return out;
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
            out.put("errors", problems(e, List.of()).stream().map(Problem::json).toList());
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

    /** What each entry of a region's {@code unverified} stands for, as the form names it. */
    private static final Map<String, String> UNVERIFIED = Map.of("name", "наименование субъекта",
            "ministry", "орган управления образованием", "information_system", "региональная информационная система",
            "legal_basis", "региональные акты");

    private volatile Map<String, List<String>> unverified;

    /**
     * The bundled regions whose entries are not checked against their source (their {@code unverified}): for each,
     * what is unchecked and what the documents will say, for the form to ask the user to confirm.
     */
    public Map<String, List<String>> unverified() {
        Map<String, List<String>> known = unverified;
        if (known != null) {
            return known;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        ProfileLoader loader = new ProfileLoader(profiles);
        for (String name : ProfileLoader.known(List.of(profiles), "regions")) {
            try {
                Profile region = loader.load(profiles.resolve("regions").resolve(name + ".yaml"));
                List<String> items = new ArrayList<>();
                for (Object entry : Profile.asList(region.get("region.unverified"))) {
                    String key = String.valueOf(entry);
                    Object value = switch (key) {
                        case "name" -> region.get("region.name");
                        case "ministry" -> region.get("region.ministry");
                        case "information_system" -> region.get("region.information_system.short_name");
                        default -> null;
                    };
                    if (value instanceof Map<?, ?> m) {
                        value = m.get("nom");
                    }
                    items.add(UNVERIFIED.getOrDefault(key, key) + (value == null ? "" : ": " + value));
                }
                if (!items.isEmpty()) {
                    out.put(name, items);
                }
            } catch (ProfileException e) {
                // a region that cannot be read asks nothing here; the validator says what is wrong with it
            }
        }
        unverified = java.util.Collections.unmodifiableMap(out);
        return unverified;
    }

    public String example(String id) throws IOException {
        if (!id.matches("[a-z0-9-]+")) {
            return null;
        }
        Path file = profiles.resolve("examples").resolve(id + ".yaml");
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
