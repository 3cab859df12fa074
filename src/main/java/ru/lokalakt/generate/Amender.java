package ru.lokalakt.generate;

import ru.lokalakt.document.diff.Change;
import ru.lokalakt.document.diff.DocumentDiff;
import ru.lokalakt.document.diff.Unit;
import ru.lokalakt.document.diff.Units;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.Renderer;
import ru.lokalakt.russian.Ordinals;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateModelBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order that amends a regulation in force, computed from two versions of an institution's profile (or of the
 * templates): the regulation each produces is compared unit by unit ({@link DocumentDiff}), and the changes become
 * the points of «О внесении изменений в Положение …»; the new regulation is written too, as the consolidated text.
 */
public final class Amender {
    public static final String ORDER = TemplateEngine.AMEND_FOLDER + "/prikaz";
    public static final String REGULATION = Generator.BUNDLE_APPENDIX;

    private final Generator generator;
    private final Generator olderGenerator;

    public Amender(TemplateEngine engine, List<Renderer> renderers, boolean force) {
        this(engine, engine, renderers, force);
    }

    /** {@code olderEngine}: the templates the regulation in force was made with, when they were other than now. */
    public Amender(TemplateEngine olderEngine, TemplateEngine engine, List<Renderer> renderers, boolean force) {
        this.generator = new Generator(engine, renderers, force);
        this.olderGenerator = olderEngine == engine ? generator : new Generator(olderEngine, renderers, force);
    }

    /** The changes and the files of the order and the new regulation; no changes and no files when texts agree. */
    public record Result(List<Change> changes, List<RenderedFile> files) {
    }

    /** The points that turn the regulation made from {@code older} into the one made from {@code newer}. */
    public List<Change> diff(Profile older, Profile newer, String regulationId) {
        List<Unit> before = Units.of(olderGenerator.document(older, regulationId));
        List<Unit> after = Units.of(generator.document(newer, regulationId));
        List<List<Change.Pair>> phrases = new ArrayList<>();
        changedPhrases(TemplateModelBuilder.build(older), TemplateModelBuilder.build(newer), phrases);
        return DocumentDiff.diff(before, after, phrases);
    }

    /** The amending order and the regulation in its new wording; no changes and no files when the texts agree. */
    public Result amend(Profile older, Profile newer, String regulationId) {
        Result order = order(older, newer, regulationId);
        if (order.changes().isEmpty()) {
            return order;
        }
        List<RenderedFile> files = new ArrayList<>(order.files());
        files.addAll(generator.render(newer, List.of(regulationId)));
        return new Result(order.changes(), files);
    }

    /** The amending order alone (a batch writes the regulation with the other documents). */
    public Result order(Profile older, Profile newer, String regulationId) {
        List<Change> changes = diff(older, newer, regulationId);
        if (changes.isEmpty()) {
            return new Result(changes, List.of());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        List<Unit> before = Units.of(olderGenerator.document(older, regulationId));
        extra.put("amendment", model(changes, TemplateModelBuilder.build(older), before));
        return new Result(changes, generator.render(newer, List.of(ORDER), extra));
    }

    // ---- phrases whose every case changed ----------------------------------------------------------------------

    /**
     * Every phrase of the profile that reads differently in the new version, as (old → new) pairs in each case it
     * has: the six forms of a phrase, a person's «Титова А. А.» in each case, a plain value.
     */
    static void changedPhrases(Object older, Object newer, List<List<Change.Pair>> out) {
        if (older instanceof Map<?, ?> a && newer instanceof Map<?, ?> b) {
            if (a.get("nom") instanceof String && b.get("nom") instanceof String) {
                List<Change.Pair> group = new ArrayList<>();
                for (String c : List.of("nom", "gen", "dat", "acc", "ins", "pre")) {
                    if (a.get(c) instanceof String x && b.get(c) instanceof String y) {
                        group.add(new Change.Pair(x, y));
                    }
                }
                if (group.stream().anyMatch(p -> !p.from().equals(p.to()))) {
                    out.add(group);
                }
                return;
            }
            for (Map.Entry<?, ?> e : a.entrySet()) {
                changedPhrases(e.getValue(), b.get(e.getKey()), out);
            }
        } else if (older instanceof List<?> a && newer instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                changedPhrases(a.get(i), b.get(i), out);
            }
        } else if (older instanceof String a && newer instanceof String b && !a.equals(b)) {
            out.add(List.of(new Change.Pair(a, b)));
        }
    }

    // ---- what the order's template sees --------------------------------------------------------------------

    private static Map<String, Object> model(List<Change> changes, Map<String, Object> oldModel, List<Unit> before) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("old_order", oldModel.get("order"));
        out.put("old_approval", oldModel.get("approval"));
        out.put("title", before.isEmpty() || before.get(0).kind() != Unit.Kind.TITLE ? "" : before.get(0).paragraphs().get(0));
        List<Map<String, Object>> points = new ArrayList<>();
        for (Change c : changes) {
            points.add(point(c));
        }
        out.put("points", points);
        out.put("whole", changes.size() == 1 && changes.get(0) instanceof Change.Whole);
        return out;
    }

    private static Map<String, Object> point(Change change) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (change instanceof Change.Everywhere e) {
            p.put("kind", "everywhere");
            p.put("from", e.from());
            p.put("to", e.to());
            p.put("any_case", e.anyCase());
            p.put("in_title", e.inTitle());
        } else if (change instanceof Change.Words w) {
            p.put("kind", "words");
            target(p, w.kind(), w.label());
            p.put("paragraph", w.paragraphs() > 1 ? Ordinals.prepositional(w.paragraph() + 1) : "");
            p.put("from", w.from());
            p.put("to", w.to());
        } else if (change instanceof Change.Paragraph par) {
            p.put("kind", "paragraph");
            target(p, par.kind(), par.label());
            p.put("paragraph", Ordinals.nominative(par.paragraph() + 1));
            String mark = par.paragraph() == 0 ? "" : ru.lokalakt.document.BulletList.MARK + " ";
            p.put("lines", List.of(mark + par.text()));
        } else if (change instanceof Change.Restate r) {
            p.put("kind", "restate");
            target(p, r.kind(), r.label());
            p.put("lines", quoted(List.of(r.unit()), List.of(r.label())));
        } else if (change instanceof Change.Remove r) {
            p.put("kind", "remove");
            target(p, r.kind(), r.label());
            p.put("renumbered", renumbered(r.renumbered()));
        } else if (change instanceof Change.Add a) {
            p.put("kind", "add");
            Unit first = a.units().get(0);
            target(p, first.kind(), a.labels().get(0));
            p.put("after_kind", a.afterKind() == null ? "start" : kindName(a.afterKind()));
            p.put("after", a.afterLabel() == null ? "" : a.afterLabel());
            p.put("after_sub", a.afterLabel() != null && a.afterLabel().chars().filter(ch -> ch == '.').count() >= 2);
            p.put("lines", quoted(a.units(), a.labels()));
            p.put("renumbered", renumbered(a.renumbered()));
        } else if (change instanceof Change.Whole) {
            p.put("kind", "whole");
        }
        return p;
    }

    private static void target(Map<String, Object> p, Unit.Kind kind, String label) {
        p.put("unit", kindName(kind));
        p.put("label", label);
        p.put("sub", label.chars().filter(ch -> ch == '.').count() >= 2);
    }

    private static String kindName(Unit.Kind kind) {
        return switch (kind) {
            case TITLE -> "title";
            case HEADING -> "heading";
            case CLAUSE -> "clause";
        };
    }

    /** The new wording as the order quotes it: the number, then the text; list items on lines of their own. */
    private static List<String> quoted(List<Unit> units, List<String> labels) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            List<String> ps = u.paragraphs();
            String number = u.kind() == Unit.Kind.TITLE ? "" : labels.get(i) + ". ";
            lines.add(number + ps.get(0));
            for (int k = 1; k < ps.size(); k++) {
                lines.add(ru.lokalakt.document.BulletList.MARK + " " + ps.get(k));
            }
        }
        return lines;
    }

    private static List<Map<String, Object>> renumbered(List<Change.Renumber> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Change.Renumber r : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", kindName(r.kind()));
            m.put("sub", r.first().chars().filter(ch -> ch == '.').count() >= 2);
            m.put("first", r.first());
            m.put("last", r.last());
            m.put("to_first", r.toFirst());
            m.put("to_last", r.toLast());
            m.put("range", !r.first().equals(r.last()));
            out.add(m);
        }
        return out;
    }
}
