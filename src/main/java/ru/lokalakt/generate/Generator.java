package ru.lokalakt.generate;

import ru.lokalakt.document.Document;
import ru.lokalakt.lint.Finding;
import ru.lokalakt.lint.LintException;
import ru.lokalakt.lint.Linter;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.russian.Typography;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateModelBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Profile → template → document tree → typography → every requested format, all in memory. */
public final class Generator {
    private final TemplateEngine engine;
    private final List<Renderer> renderers;

    private final boolean force;

    public Generator(TemplateEngine engine, List<Renderer> renderers) {
        this(engine, renderers, false);
    }

    /** {@code force}: write documents even when the proofreading checks find something. */
    public Generator(TemplateEngine engine, List<Renderer> renderers, boolean force) {
        this.engine = engine;
        this.renderers = List.copyOf(renderers);
        this.force = force;
    }

    /** Every finding of the proofreading checks in every document, without writing anything. */
    public List<Finding> lint(Profile profile, List<String> documentIds) {
        Linter linter = new Linter(profile);
        List<Finding> findings = new ArrayList<>();
        for (String id : documentIds) {
            findings.addAll(linter.check(id, document(profile, id)));
        }
        return findings;
    }

    public Document document(Profile profile, String documentId) {
        ProfileValidator.validate(profile);
        Map<String, Object> model = TemplateModelBuilder.build(profile);
        return typography(profile).apply(engine.render(documentId, model, profile.source().getFileName().toString()));
    }

    /** Renders every document in every format before anything is written, so a failure leaves no partial set. */
    public List<RenderedFile> render(Profile profile, List<String> documentIds) {
        ProfileValidator.validate(profile);
        Map<String, Object> model = TemplateModelBuilder.build(profile);
        Typography typography = typography(profile);
        Linter linter = new Linter(profile);
        List<RenderedFile> files = new ArrayList<>();
        for (String id : documentIds) {
            Document document = typography.apply(engine.render(id, model, profile.source().getFileName().toString()));
            List<Finding> findings = linter.check(id, document);
            if (!findings.isEmpty() && !force) {
                throw new LintException(profile.source().toString(), findings);
            }
            for (Renderer renderer : renderers) {
                String name = id.replace('/', '-') + "." + renderer.extension();
                files.add(new RenderedFile(id, renderer.extension(), name, renderer.render(document)));
            }
        }
        return files;
    }

    private static Typography typography(Profile profile) {
        String nesting = profile.string("typography.quotes");
        return new Typography("typographic".equals(nesting)
                ? Typography.QuoteNesting.TYPOGRAPHIC : Typography.QuoteNesting.SAME);
    }
}
