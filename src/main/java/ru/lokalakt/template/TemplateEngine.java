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

    private final Path root;
    private final Configuration configuration;

    public TemplateEngine(Path templatesRoot) {
        this.root = templatesRoot;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(templatesRoot.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("папка шаблонов недоступна: " + templatesRoot, e);
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

    /** Document ids: template paths below the root without the extension, e.g. "sferum/polozhenie". */
    public List<String> documentIds() {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(EXTENSION))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(LIBRARY_FOLDER + "/"))
                    .map(p -> p.substring(0, p.length() - EXTENSION.length()))
                    .sorted()
                    .forEach(ids::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
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
            throw new TemplateFailure("шаблон " + e.getTemplateName() + ", строка " + e.getLineNumber()
                    + ": синтаксическая ошибка: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            throw new TemplateFailure("шаблон " + e.getTemplateSourceName() + ", строка " + e.getLineNumber()
                    + " (профиль " + profileName + "): " + describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        String message = firstLine(e.getMessageWithoutStackTop());
        if (blamed != null && message.contains("null or missing")) {
            return "в профиле нет значения для ${" + blamed + "}";
        }
        return message;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\n")[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
