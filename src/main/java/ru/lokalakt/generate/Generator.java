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
    /** The renderers in the order they run: those slow to prepare last, so that preparing can finish meanwhile. */
    private final List<Integer> renderOrder;

    private final boolean force;
    private final boolean bundle;

    /**
     * An order that approves a regulation, the regulation, and the one file {@code --bundle} makes of them
     * («sferum/prikaz» + «sferum/polozhenie» = «sferum/prikaz-polozhenie»), as the packages' manifests pair them.
     */
    public record Bundle(String id, String order, String regulation) {
    }

    /** The bundles of these documents: each order whose regulation is among them too. */
    public List<Bundle> bundles(List<String> documentIds) {
        List<Bundle> out = new ArrayList<>();
        ru.lokalakt.profile.Catalog catalog = engine.catalog();
        for (String id : documentIds) {
            String regulation = catalog.document(id).map(ru.lokalakt.profile.PackageManifest.DocumentSpec::approves).orElse(null);
            if (regulation != null && documentIds.contains(regulation)) {
                out.add(new Bundle(id + "-" + regulation.substring(regulation.indexOf('/') + 1), id, regulation));
            }
        }
        return out;
    }

    private Bundle bundleNamed(String id) {
        for (ru.lokalakt.profile.PackageManifest.DocumentSpec d : engine.catalog().documentIds().stream()
                .map(x -> engine.catalog().document(x).orElseThrow()).toList()) {
            if (d.approves() != null && id.equals(d.id() + "-" + d.approves().substring(d.approves().indexOf('/') + 1))) {
                return new Bundle(id, d.id(), d.approves());
            }
        }
        return null;
    }

    public Generator(TemplateEngine engine, List<Renderer> renderers) {
        this(engine, renderers, false);
    }

    /** {@code force}: write documents even when the proofreading checks find something. */
    public Generator(TemplateEngine engine, List<Renderer> renderers, boolean force) {
        this(engine, renderers, force, false);
    }

    /**
     * {@code bundle}: the order and the regulation it approves become one file per format — the regulation
     * follows on a new page under its own approval stamp, with clause numbers from 1, the pages
     * numbered on.
     */
    public Generator(TemplateEngine engine, List<Renderer> renderers, boolean force, boolean bundle) {
        this.engine = engine;
        this.renderers = List.copyOf(renderers);
        this.renderOrder = java.util.stream.IntStream.range(0, this.renderers.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> this.renderers.get(i).slowToPrepare())).toList();
        this.force = force;
        this.bundle = bundle;
    }

    /** The packages of this generator's templates. */
    public ru.lokalakt.profile.Catalog catalog() {
        return engine.catalog();
    }

    /** The documents a run makes: with --bundle, the order and its regulation become one. */
    public List<String> plan(List<String> documentIds) {
        List<Bundle> bundles = bundle ? bundles(documentIds) : List.of();
        if (bundles.isEmpty()) {
            return documentIds;
        }
        List<String> out = new ArrayList<>();
        for (String id : documentIds) {
            Bundle b = bundles.stream().filter(x -> x.order().equals(id)).findFirst().orElse(null);
            if (b != null) {
                out.add(b.id());
            } else if (bundles.stream().noneMatch(x -> x.regulation().equals(id))) {
                out.add(id);
            }
        }
        return out;
    }

    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts preparing the renderers that are slow to prepare on a spare core, once: a batch that finds its first
     * institution to render calls it, so that the rest of the checks go on meanwhile.
     */
    public void prepareAhead() {
        if (!preparing.compareAndSet(false, true)) {
            return;
        }
        for (Renderer r : renderers) {
            if (r.slowToPrepare()) {
                Background.start("lokalakt-prepare", r::prepare);
            }
        }
    }

    /** The file extensions a run writes, in order: one file per document and extension. */
    public List<String> extensions() {
        return renderers.stream().map(Renderer::extension).toList();
    }

    /**
     * The template files a document is made from (both for the bundle; the order and the regulation it compares
     * for an amending order): what an incremental build keys the document by.
     */
    public List<java.nio.file.Path> templateSources(String documentId) {
        Bundle b = bundleNamed(documentId);
        List<String> ids = b != null ? List.of(b.order(), b.regulation())
                : documentId.equals(Amender.ORDER) ? amendSources() : List.of(documentId);
        java.util.TreeSet<java.nio.file.Path> out = new java.util.TreeSet<>();
        for (String id : ids) {
            out.addAll(engine.sources(id));
        }
        return new ArrayList<>(out);
    }

    /** Every finding of the proofreading checks in every document, without writing anything. */
    public List<Finding> lint(Profile profile, List<String> documentIds) {
        Prepared prepared = prepare(profile, documentIds, Map.of());
        List<Finding> findings = new ArrayList<>();
        for (String id : documentIds) {
            findings.addAll(prepared.linter().check(id, prepared.document(id)));
        }
        return findings;
    }

    /**
     * As {@link #lint}, for a profile the caller has just validated for these documents (the web page's report):
     * the validator is not run a second time.
     */
    public List<Finding> lintValidated(Profile profile, List<String> documentIds) {
        Prepared prepared = prepare(profile, documentIds, Map.of(), false);
        List<Finding> findings = new ArrayList<>();
        for (String id : documentIds) {
            findings.addAll(prepared.linter().check(id, prepared.document(id)));
        }
        return findings;
    }

    public Document document(Profile profile, String documentId) {
        return prepare(profile).document(documentId);
    }

    /** The documents of a profile, without rendering them to any format. */
    public List<Document> documents(Profile profile, List<String> documentIds) {
        Prepared prepared = prepare(profile);
        return documentIds.stream().map(prepared::document).toList();
    }

    /**
     * Renders every document in every format before anything is written, so a failure leaves no partial set.
     * Files come in the order of documents, then of formats as given.
     */
    public List<RenderedFile> render(Profile profile, List<String> documentIds) {
        return render(profile, documentIds, Map.of());
    }

    /** As {@link #render(Profile, List)}, with {@code extra} entries in the template model (an amendment's points). */
    public List<RenderedFile> render(Profile profile, List<String> documentIds, Map<String, Object> extra) {
        Prepared prepared = prepare(profile, documentIds, extra);
        List<RenderedFile> files = new ArrayList<>();
        for (String id : plan(documentIds)) {
            Bundle b = bundle ? bundleNamed(id) : null;
            Document document = b != null ? bundled(profile, prepared, b) : checked(prepared, profile, id);
            RenderedFile[] byFormat = new RenderedFile[renderers.size()];
            for (int i : renderOrder) {
                Renderer renderer = renderers.get(i);
                String name = id.replace('/', '-') + "." + renderer.extension();
                byFormat[i] = new RenderedFile(id, renderer.extension(), name, renderer.render(document));
            }
            files.addAll(List.of(byFormat));
        }
        return files;
    }

    /** A document that passed the proofreading checks (unless forced). */
    private Document checked(Prepared prepared, Profile profile, String id) {
        Document document = prepared.document(id);
        if (!force) {
            List<Finding> findings = prepared.linter().check(id, document);
            if (!findings.isEmpty()) {
                throw new LintException(profile.source().toString(), findings);
            }
        }
        return document;
    }

    /**
     * The order with the regulation it approves: the regulation starts a new page under its one approval stamp
     * («УТВЕРЖДЕНО приказом …», no appendix mark above it) and numbers its clauses from 1; the order's
     * acknowledgement sheet, if any, stays last.
     */
    private Document bundled(Profile profile, Prepared prepared, Bundle pair) {
        Document order = checked(prepared, profile, pair.order());
        Document regulation = checked(prepared, profile, pair.regulation());
        List<ru.lokalakt.document.Block> blocks = new ArrayList<>(order.blocks());
        int at = blocks.size();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof ru.lokalakt.document.PageBreak
                    && blocks.subList(i, blocks.size()).stream().anyMatch(b -> b instanceof ru.lokalakt.document.Table)) {
                at = i;
                break;
            }
        }
        // The regulation's pages keep its running header, if it has one; the acknowledgement sheet after it goes back
        // to the order's page numbers.
        String running = regulation.pages().runningTitle();
        List<ru.lokalakt.document.Block> appendix = new ArrayList<>();
        appendix.add(new ru.lokalakt.document.PageBreak(true, running != null, running));
        appendix.addAll(regulation.blocks());
        if (running != null && at < blocks.size()) {
            blocks.set(at, new ru.lokalakt.document.PageBreak(false, true, null));
        }
        blocks.addAll(at, appendix);
        return order.withBlocks(blocks);
    }

    /** What a profile's documents share, made once per profile: validation, the template model, the rules. */
    private Prepared prepare(Profile profile) {
        return prepare(profile, Map.of());
    }

    private Prepared prepare(Profile profile, Map<String, Object> extra) {
        return prepare(profile, null, extra);
    }

    /**
     * {@code documentIds}: the documents to be made; a problem only other documents have (the application's ИНН
     * when the regulation alone is asked for) does not stop them. Null: the whole profile must be sound.
     */
    private Prepared prepare(Profile profile, List<String> documentIds, Map<String, Object> extra) {
        return prepare(profile, documentIds, extra, true);
    }

    /** {@code validate}: false for a profile the caller has validated for these documents already. */
    private Prepared prepare(Profile profile, List<String> documentIds, Map<String, Object> extra, boolean validate) {
        if (validate && documentIds == null) {
            ProfileValidator.validate(profile);
        } else if (validate) {
            ProfileValidator.validate(profile, documentIds);
        }
        String nesting = profile.string("typography.quotes");
        Typography typography = new Typography("typographic".equals(nesting)
                ? Typography.QuoteNesting.TYPOGRAPHIC : Typography.QuoteNesting.SAME);
        Map<String, Object> model = new java.util.LinkedHashMap<>(TemplateModelBuilder.build(profile));
        model.putAll(extra);
        Prepared prepared = new Prepared(profile, engine, model, typography, new Linter(profile),
                profile.source().getFileName().toString());
        model.put("sheets", new Sheets(prepared, renderers));
        return prepared;
    }

    /**
     * {@code sheets("…/prikaz-administrator")} in a template: how many sheets the other document's text takes up to
     * its first page break (an acknowledgement sheet after it stays in the file, not in the copy sent out), as the PDF
     * lays it out — «копия приказа … на 1 л.» in a letter enclosing it. Counted once per document.
     */
    private static final class Sheets implements freemarker.template.TemplateMethodModelEx {
        private final Prepared prepared;
        private final List<Renderer> renderers;
        private final Map<String, Integer> counted = new java.util.HashMap<>();

        Sheets(Prepared prepared, List<Renderer> renderers) {
            this.prepared = prepared;
            this.renderers = renderers;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws freemarker.template.TemplateModelException {
            if (arguments.size() != 1) {
                throw new freemarker.template.TemplateModelException("sheets(documentId)");
            }
            String id = String.valueOf(arguments.get(0));
            return counted.computeIfAbsent(id, this::count);
        }

        private int count(String id) {
            Document whole = prepared.document(id);
            List<ru.lokalakt.document.Block> text = new ArrayList<>();
            for (ru.lokalakt.document.Block b : whole.blocks()) {
                if (b instanceof ru.lokalakt.document.PageBreak) {
                    break;
                }
                text.add(b);
            }
            ru.lokalakt.render.pdf.PdfRenderer pdf = renderers.stream()
                    .filter(r -> r instanceof ru.lokalakt.render.pdf.PdfRenderer)
                    .map(r -> (ru.lokalakt.render.pdf.PdfRenderer) r).findFirst()
                    .orElseGet(ru.lokalakt.render.pdf.PdfRenderer::new);
            return pdf.pages(whole.withBlocks(text));
        }
    }

    private record Prepared(Profile profile, TemplateEngine engine, Map<String, Object> model, Typography typography,
                            Linter linter, String profileName) {
        Document document(String id) {
            List<String> missing = ProfileValidator.missingFor(profile, id);
            // The amending order of a package with a section of its own reads that section's amend.
            String amended = id.equals(Amender.ORDER) && model.get(Amender.AMENDED) instanceof String a ? a : null;
            ru.lokalakt.profile.PackageManifest p = amended == null ? null : engine.catalog().packageOf(amended);
            if (p != null && !p.section().isEmpty()) {
                missing = ProfileValidator.missingFor(profile.lifted(p.section()), id).stream().map(p::full).toList();
            }
            if (!missing.isEmpty()) {
                throw new ru.lokalakt.profile.ProfileException(profile.locationOf(""), null, "для документа «" + id
                        + "» " + (missing.size() == 1 ? "не задано поле: " : "не заданы поля: ") + String.join(", ", missing)
                        + (id.startsWith(TemplateEngine.AMEND_FOLDER + "/") ? " (раздел amend в профиле новой редакции)"
                        : " (остальные документы можно создать без него: --doc)"));
            }
            return typography.apply(engine.render(id, modelFor(id), profileName));
        }

        /**
         * What a document's template sees: for a package with a section of its own, that section's fields stand at
         * the top (its {@code order}, {@code approval} over any other package's), so the shared requisites read the
         * document's own acts.
         */
        Map<String, Object> modelFor(String id) {
            String of = id.equals(Amender.ORDER) && model.get(Amender.AMENDED) instanceof String amended ? amended : id;
            ru.lokalakt.profile.PackageManifest p = engine.catalog().packageOf(of);
            if (p == null || p.section().isEmpty()) {
                return model;
            }
            Map<String, Object> lifted = new java.util.LinkedHashMap<>(model);
            ru.lokalakt.profile.Schema.ACTS.fields().keySet().forEach(lifted::remove);
            if (model.get(p.section()) instanceof Map<?, ?> own) {
                own.forEach((k, v) -> lifted.put(String.valueOf(k), v));
            }
            return lifted;
        }
    }

    /** The amending order is made of its template and of the regulation it compares: any package's. */
    private List<String> amendSources() {
        List<String> out = new ArrayList<>(List.of(Amender.ORDER));
        out.addAll(engine.catalog().regulations(engine.catalog().packages()));
        return out;
    }
}
