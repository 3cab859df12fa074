package ru.lokalakt.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import ru.lokalakt.document.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * FreeMarker in a sandbox: templates are .ftlx (XML output, auto-escaped), may not create Java objects or reach
 * the Java API, and see only the plain data of {@link TemplateModelBuilder}. One engine serves many profiles.
 */
public final class TemplateEngine {
    public static final String EXTENSION = ".ftlx";
    private static final String LIBRARY_FOLDER = "lib";
    /** Documents made from two versions of a profile (lokalakt amend), never among a profile's own documents. */
    public static final String AMEND_FOLDER = "amend";

    private final List<Path> roots;
    private final Path root;
    private final Configuration configuration;
    private final ru.lokalakt.profile.Catalog catalog;

    public TemplateEngine(Path templatesRoot) {
        this(List.of(templatesRoot));
    }

    /**
     * Templates looked up in these folders in order: a user's own folder before the bundled one, so that a package
     * (or a template) of the same name there wins and the bundled library is still found.
     */
    public TemplateEngine(List<Path> templatesRoots) {
        this.roots = templatesRoots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        this.root = roots.get(0);
        this.catalog = ru.lokalakt.profile.Catalog.of(roots);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            List<freemarker.cache.TemplateLoader> loaders = new ArrayList<>();
            for (Path r : roots) {
                if (Files.isDirectory(r) || r == root) {
                    loaders.add(new FileTemplateLoader(r.toFile()));
                }
            }
            cfg.setTemplateLoader(loaders.size() == 1 ? loaders.get(0)
                    : new freemarker.cache.MultiTemplateLoader(loaders.toArray(new freemarker.cache.TemplateLoader[0])));
        } catch (IOException e) {
            throw new UncheckedIOException("папка шаблонов недоступна: " + root, e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setLocale(new Locale("ru", "RU"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        this.configuration = cfg;
    }

    /** The packages of these template folders. */
    public ru.lokalakt.profile.Catalog catalog() {
        return catalog;
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * Document ids («sferum/polozhenie»): the documents of every package, in its manifest's order, then any template
     * in a folder without a manifest (a folder of one's own templates), sorted.
     */
    public List<String> documentIds() {
        List<String> ids = new ArrayList<>(catalog.documentIds());
        java.util.TreeSet<String> loose = new java.util.TreeSet<>();
        for (Path r : roots) {
            if (!Files.isDirectory(r)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(r)) {
                files.filter(p -> p.toString().endsWith(EXTENSION))
                        .filter(p -> !ru.lokalakt.profile.PackageManifest.isPackage(p.getParent()))
                        .map(p -> r.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith(LIBRARY_FOLDER + "/") && !p.startsWith(AMEND_FOLDER + "/"))
                        .map(p -> p.substring(0, p.length() - EXTENSION.length()))
                        .filter(p -> !ids.contains(p))
                        .forEach(loose::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ids.addAll(loose);
        return ids;
    }

    /**
     * The documents of a profile: those of the packages it uses (its {@code packages}, else the default ones), then
     * any template outside a package.
     */
    public List<String> documentIds(ru.lokalakt.profile.Profile profile) {
        List<String> out = new ArrayList<>(catalog.documentIds(catalog.used(profile)));
        for (String id : documentIds()) {
            if (catalog.packageOf(id) == null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The file of a template name («/lib/doc.ftlx», «sferum/prikaz.ftlx») in the first folder that has it. */
    private Path locate(String name) {
        for (Path r : roots) {
            Path p = r.resolve(name).normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return root.resolve(name).normalize();
    }

    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    /**
     * The template files a document is made from: its own and every file it imports or includes, transitively,
     * sorted, with its package's manifest. What an incremental build keys the document's output by.
     */
    public List<Path> sources(String documentId) {
        java.util.TreeSet<Path> out = new java.util.TreeSet<>();
        // The package's manifest: its titles, fields and defaults shape the document as its templates do.
        ru.lokalakt.profile.PackageManifest p = catalog.packageOf(documentId);
        if (p != null) {
            out.add(p.file().toAbsolutePath().normalize());
        }
        java.util.ArrayDeque<Path> todo = new java.util.ArrayDeque<>();
        todo.add(locate(documentId + EXTENSION));
        while (!todo.isEmpty()) {
            Path file = todo.poll();
            if (!out.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                continue;
            }
            java.util.regex.Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                Path next = name.startsWith("/") ? locate(name.substring(1)) : file.getParent().resolve(name);
                if (!name.startsWith("/") && !Files.isRegularFile(next)) {
                    // a relative name not beside the file: FreeMarker looks it up by its path from the root
                    Path base = roots.stream().filter(file::startsWith).findFirst().orElse(root);
                    next = locate(base.relativize(file.getParent().resolve(name).normalize()).toString());
                }
                todo.add(next.normalize());
            }
        }
        return new ArrayList<>(out);
    }

    /** Parses a template (a name below the roots, «sferum/prikaz.ftlx»): a syntax error is a {@link TemplateFailure}. */
    public void parse(String name) {
        try {
            configuration.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(locate(name) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + describe(e));
        } catch (IOException e) {
            throw new TemplateFailure("шаблон " + name + " не читается: " + e.getClass().getSimpleName());
        }
    }

    /** Runs the template and reads its markup into a document. */
    public Document render(String documentId, Map<String, Object> model, String profileName) {
        String markup = renderMarkup(documentId, model, profileName);
        try {
            return DocumentReader.read(markup);
        } catch (MarkupException e) {
            throw new TemplateFailure("шаблон " + documentId + EXTENSION + " (профиль " + profileName + "): "
                    + e.getMessage());
        }
    }

    String renderMarkup(String documentId, Map<String, Object> model, String profileName) {
        try {
            Template template = configuration.getTemplate(documentId + EXTENSION);
            StringWriter out = new StringWriter(16384);
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure("нет шаблона документа «" + documentId + "» в " + root);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure("шаблон " + e.getTemplateName() + ", строка " + e.getLineNumber() + ", столбец "
                    + e.getColumnNumber() + ": " + describe(e));
        } catch (TemplateException e) {
            throw new TemplateFailure("шаблон " + e.getTemplateSourceName() + ", строка " + e.getLineNumber()
                    + " (профиль " + profileName + "): " + describe(e));
        } catch (IOException e) {
            throw new TemplateFailure("шаблон " + documentId + EXTENSION + " не читается: " + e.getClass().getSimpleName());
        }
    }

    /** FreeMarker's syntax errors, said in Russian: what is wrong, not the parser's token list. */
    static String describe(freemarker.core.ParseException e) {
        String m = String.valueOf(e.getEditorMessage());
        if (m.contains("Unclosed") || m.contains("was expecting one of") && m.contains("</#")) {
            return "синтаксическая ошибка: директива или макрос не закрыты (нет </#…> или </@…>)";
        }
        if (m.contains("Unexpected end of file")) {
            return "синтаксическая ошибка: шаблон кончился внутри выражения или директивы";
        }
        if (m.contains("Unknown directive")) {
            return "синтаксическая ошибка: неизвестная директива FreeMarker";
        }
        if (m.contains("not a valid built-in") || m.contains("Unknown built-in")) {
            return "синтаксическая ошибка: неизвестная встроенная функция «?…»";
        }
        if (m.contains("Unexpected closing tag") || m.contains("doesn't have matching")) {
            return "синтаксическая ошибка: лишний закрывающий тег";
        }
        return "синтаксическая ошибка в выражении или директиве";
    }

    /** A template that failed while running, said in Russian, naming the expression that failed. */
    static String describe(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        String expr = blamed == null ? "выражение" : "${" + blamed + "}";
        if (e instanceof freemarker.core.InvalidReferenceException) {
            return "в профиле нет значения для " + expr;
        }
        if (e instanceof freemarker.core.NonHashException) {
            return expr + ": в профиле стоит строка там, где шаблон ждёт вложенные поля (например, формы по падежам)";
        }
        if (e instanceof freemarker.core.NonStringException) {
            return expr + ": шаблон ждёт строку, а в профиле вложенные поля; выберите одно из них, например "
                    + (blamed == null ? "" : "${" + blamed + ".nom}");
        }
        if (e instanceof freemarker.core.NonSequenceException) {
            return expr + ": шаблон ждёт список";
        }
        if (e instanceof freemarker.core.NonBooleanException) {
            return expr + ": шаблон ждёт true или false";
        }
        if (e instanceof freemarker.core.NonNumericalException) {
            return expr + ": шаблон ждёт число";
        }
        if (e instanceof freemarker.core._MiscTemplateException && String.valueOf(e.getMessage()).contains("macro")) {
            return "неизвестный или неверно вызванный макрос";
        }
        if (String.valueOf(e.getMessage()).contains("not allowed") || String.valueOf(e.getMessage()).contains("forbidden")) {
            return "шаблону это действие запрещено (песочница)";
        }
        return "ошибка при вычислении " + expr;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\n")[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
