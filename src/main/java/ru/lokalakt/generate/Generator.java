package ru.lokalakt.generate;

import ru.lokalakt.document.Document;
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

    public Generator(TemplateEngine engine, List<Renderer> renderers) {
        this.engine = engine;
        this.renderers = List.copyOf(renderers);
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
        List<RenderedFile> files = new ArrayList<>();
        for (String id : documentIds) {
            Document document = typography.apply(engine.render(id, model, profile.source().getFileName().toString()));
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
