package ru.lokalakt.generate;

import ru.lokalakt.document.diff.Change;
import ru.lokalakt.document.diff.DocumentDiff;
import ru.lokalakt.document.diff.Unit;
import ru.lokalakt.document.diff.Units;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
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
    /** The key under which the amending order's model names the regulation it amends. */
    public static final String AMENDED = "amended";

    /**
     * The regulation an amendment concerns when none is named: the first regulation of the packages the profile
     * uses (their manifests mark it {@code regulation: true}).
     */
    public static String regulationOf(ru.lokalakt.profile.Catalog catalog, Profile profile) {
        List<String> regulations = catalog.regulations(catalog.used(profile));
        if (regulations.isEmpty()) {
            throw new ProfileException(profile.locationOf(""), "packages",
                    "в пакетах документов этого профиля нет Положения, в которое вносят изменения");
        }
        return regulations.get(0);
    }

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
        return diff(older, newer, Units.of(olderGenerator.document(older, regulationId)),
                Units.of(generator.document(withHistory(older, newer), regulationId)));
    }

    private static List<Change> diff(Profile older, Profile newer, List<Unit> before, List<Unit> after) {
        List<List<Change.Pair>> phrases = new ArrayList<>();
        changedPhrases(TemplateModelBuilder.build(older), TemplateModelBuilder.build(newer), phrases);
        return DocumentDiff.diff(before, after, phrases);
    }

    /** The amending order and the regulation in its new wording; no changes and no files when the texts agree. */
    public Result amend(Profile older, Profile newer, String regulationId) {
        Profile edition = withHistory(older, newer, sectionOf(regulationId));
        Result order = order(older, newer, edition, regulationId);
        if (order.changes().isEmpty()) {
            return order;
        }
        List<RenderedFile> files = new ArrayList<>(order.files());
        files.addAll(generator.render(edition, List.of(regulationId)));
        return new Result(order.changes(), files);
    }

    /** The amending order alone (a batch writes the regulation with the other documents). */
    public Result order(Profile older, Profile newer, String regulationId) {
        return order(older, newer, withHistory(older, newer, sectionOf(regulationId)), regulationId);
    }

    /** {@code edition}: the new profile with its history of editions; each text is made once. */
    private Result order(Profile older, Profile newer, Profile edition, String regulationId) {
        ru.lokalakt.document.Document text = generator.document(edition, regulationId);
        if (!text.metadata().regulation()) {
            throw new ProfileException("«" + regulationId + "» — не Положение: приказом о внесении изменений меняют "
                    + "Положение");
        }
        String section = sectionOf(regulationId);
        check(older.lifted(section), newer.lifted(section));
        List<Unit> before = Units.of(olderGenerator.document(older, regulationId));
        List<Unit> after = Units.of(text);
        List<Change> changes = diff(older, newer, before, after);
        if (changes.isEmpty()) {
            return new Result(changes, List.of());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("amendment", model(changes, TemplateModelBuilder.build(older.lifted(section)), before, after,
                TemplateModelBuilder.build(newer.lifted(section))));
        extra.put(AMENDED, regulationId);
        @SuppressWarnings("unchecked")
        Map<String, Object> amendment = (Map<String, Object>) extra.get("amendment");
        ru.lokalakt.profile.PackageManifest pkg = generator.catalog().packageOf(regulationId);
        amendment.put("package", pkg == null ? regulationId.substring(0, regulationId.indexOf('/')) : pkg.name());
        return new Result(changes, generator.render(newer, List.of(ORDER), extra));
    }

    /** The section of the package a regulation belongs to: where its acts and history are kept in the profile. */
    public String sectionOf(String regulationId) {
        ru.lokalakt.profile.PackageManifest p = generator.catalog().packageOf(regulationId);
        return p == null ? "" : p.section();
    }

    // ---- what may be amended --------------------------------------------------------------------------------

    /** Whether {@code id} is a regulation (a local normative act an amending order changes). */
    public boolean isRegulation(Profile profile, String id) {
        return generator.document(profile, id).metadata().regulation();
    }

    /**
     * An amendment changes the regulation of the same institution, later than the text in force: another kind or
     * another organisation (its ИНН) is a new regulation; an order dated no later than the text it amends is refused.
     */
    private static void check(Profile older, Profile newer) {
        Object oldKind = older.get("kind.id");
        Object newKind = newer.get("kind.id");
        if (oldKind != null && newKind != null && !oldKind.equals(newKind)) {
            throw new ProfileException(newer.locationOf("kind"), "kind", "вид организации в новой редакции — «"
                    + newKind + "», в действующей — «" + oldKind + "»: это другое Положение, а не изменения в "
                    + "действующее; составьте его заново (lokalakt generate)");
        }
        Object oldInn = older.get("institution.inn");
        Object newInn = newer.get("institution.inn");
        if (oldInn != null && newInn != null && !oldInn.equals(newInn)) {
            throw new ProfileException(newer.locationOf("institution.inn"), "institution.inn", "ИНН в новой редакции — "
                    + newInn + ", в действующей — " + oldInn + ": это другая организация, её Положение составляется "
                    + "заново, а не изменяется");
        }
        // Changes are adopted as the regulation was (its п. 5.2): the councils whose opinion it took, again.
        if (!Profile.asList(older.get("approval.opinions")).isEmpty() && Profile.asList(newer.get("amend.opinions")).isEmpty()
                && newer.get("amend.date") != null) {
            List<String> councils = new ArrayList<>();
            for (Object o : Profile.asList(older.get("approval.opinions"))) {
                if (o instanceof Map<?, ?> m && m.get("body") != null) {
                    Object body = m.get("body");
                    councils.add(body instanceof Map<?, ?> forms ? String.valueOf(forms.get("nom")) : String.valueOf(body));
                }
            }
            throw new ProfileException(newer.locationOf("amend"), "amend.opinions", "Положение принято с учётом мнения: "
                    + String.join(", ", councils) + "; изменения в него принимаются в том же порядке — укажите в "
                    + "amend.opinions протоколы, которыми учтено их мнение об изменениях");
        }
        String date = newer.get("amend.date") instanceof String d ? d : null;
        Map<String, Object> last = lastEdition(older);
        if (date != null && last != null && last.get("date") instanceof String previous
                && date.compareTo(previous) <= 0) {
            String what = last.containsKey("number") && older.get("amend.date") != null
                    ? "которым внесены изменения в действующую редакцию" : "которым утверждено действующее Положение";
            throw new ProfileException(newer.locationOf("amend.date"), "amend.date", "приказ о внесении изменений "
                    + "датирован " + numeric(date) + ", не позже приказа от " + numeric(previous) + " № "
                    + last.get("number") + ", " + what);
        }
    }

    private static String numeric(String iso) {
        return ru.lokalakt.russian.RussianDates.numeric(java.time.LocalDate.parse(iso));
    }

    /** The order the text in force bears last: its last amendment, else the order that approved it. */
    private static Map<String, Object> lastEdition(Profile p) {
        List<Map<String, Object>> amendments = amendments(history(p));
        if (!amendments.isEmpty()) {
            return amendments.get(amendments.size() - 1);
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("date", p.get("order.date"));
        order.put("number", p.get("order.number"));
        return order;
    }

    // ---- the history of editions ------------------------------------------------------------------------------

    /**
     * The history of the text a profile describes: who adopted the first edition and when, and every amending
     * order (with the body that adopted it), the profile's own {@code amend} last. A profile that does not record
     * it has the first edition from its {@code approval} and at most its own amendment.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> history(Profile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object adopted = p.get("history.adopted");
        if (adopted instanceof Map<?, ?> m) {
            out.put("adopted", new LinkedHashMap<>((Map<String, Object>) m));
        } else if (p.get("approval.date") != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("body", p.get("approval.body"));
            a.put("date", p.get("approval.date"));
            a.put("protocol", p.get("approval.protocol"));
            a.values().removeIf(java.util.Objects::isNull);
            out.put("adopted", a);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object o : Profile.asList(p.get("history.amendments"))) {
            if (o instanceof Map<?, ?> m) {
                list.add(new LinkedHashMap<>((Map<String, Object>) m));
            }
        }
        Object date = p.get("amend.date");
        Object number = p.get("amend.number");
        if (date != null && number != null && (list.isEmpty() || !date.equals(list.get(list.size() - 1).get("date"))
                || !java.util.Objects.equals(number, list.get(list.size() - 1).get("number")))) {
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("date", date);
            own.put("number", number);
            own.put("body", p.get("approval.body"));
            own.put("protocol_date", p.get("amend.protocol_date"));
            own.put("protocol", p.get("amend.protocol"));
            own.values().removeIf(java.util.Objects::isNull);
            list.add(own);
        }
        out.put("amendments", list);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> amendments(Map<String, Object> history) {
        return (List<Map<String, Object>>) history.get("amendments");
    }

    /**
     * The history of the new edition: the text in force's history, then the new amendment, adopted by the body
     * the text in force names (its п. 1.7).
     */
    public static Map<String, Object> newHistory(Profile older, Profile newer) {
        Map<String, Object> out = history(older);
        if (newer.get("amend.date") != null && newer.get("amend.number") != null) {
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("date", newer.get("amend.date"));
            own.put("number", newer.get("amend.number"));
            own.put("body", older.get("approval.body"));
            own.put("protocol_date", newer.get("amend.protocol_date"));
            own.put("protocol", newer.get("amend.protocol"));
            own.values().removeIf(java.util.Objects::isNull);
            List<Map<String, Object>> list = new ArrayList<>(amendments(out));
            list.add(own);
            out.put("amendments", list);
        }
        return out;
    }

    /**
     * The new profile with the history of editions the text in force gives it. A history the new profile records
     * itself (inherited from the edition it extends, or written by an earlier run) must be that history, or that
     * history without the new amendment; anything else is refused.
     */
    public static Profile withHistory(Profile older, Profile newer) {
        return withHistory(older, newer, "");
    }

    /** As {@link #withHistory(Profile, Profile)} for a regulation whose package keeps its acts in {@code section}. */
    @SuppressWarnings("unchecked")
    public static Profile withHistory(Profile older, Profile newer, String section) {
        Profile full = newer;
        older = older.lifted(section);
        newer = newer.lifted(section);
        Map<String, Object> history = newHistory(older, newer);
        boolean amended = newer.get("amend.date") != null && newer.get("amend.number") != null;
        if (newer.get("history") instanceof Map<?, ?> recorded && amended) {
            List<Map<String, Object>> computed = amendments(history);
            List<Object> own = Profile.asList(recorded.get("amendments"));
            boolean prefix = own.size() <= computed.size() && own.size() >= computed.size() - 1
                    && computed.subList(0, own.size()).equals(own)
                    && java.util.Objects.equals(recorded.get("adopted"), history.get("adopted"));
            if (!prefix) {
                throw new ProfileException(newer.locationOf("history"), "history", "история редакций в новом профиле "
                        + "расходится с той, что следует из действующей редакции; удалите поле history — lokalakt "
                        + "amend запишет его сам");
            }
        }
        String prefix = section.isEmpty() ? "" : section + ".";
        return full.with(prefix + "history", history, full.locationOf(prefix + "amend"));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(List<Change> changes, Map<String, Object> oldModel, List<Unit> before,
                                             List<Unit> after, Map<String, Object> newModel) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("old_order", oldModel.get("order"));
        out.put("old_approval", oldModel.get("approval"));
        out.put("old_terms", oldModel.get("terms"));
        out.put("old_institution", oldModel.get("institution"));
        out.put("title", before.isEmpty() || before.get(0).kind() != Unit.Kind.TITLE ? "" : before.get(0).paragraphs().get(0));
        List<Map<String, Object>> points = new ArrayList<>();
        for (Change c : changes) {
            points.add(point(c));
        }
        exceptions(changes, before, points);
        out.put("points", points);
        out.put("whole", changes.size() == 1 && changes.get(0) instanceof Change.Whole);
        out.put("concerns_learners", concernsLearners(before, after, newModel));
        return out;
    }

    /**
     * A phrase replaced all through the text, in a paragraph or unit a later point restates anyway, is excepted
     * there: «По всему тексту Положения, за исключением абзаца третьего пункта 1.3, слова …». Only points before any
     * unit is added or removed are looked at, and no paragraph of a clause whose paragraphs were added or removed
     * before it: until then their numbers are the numbers in force.
     */
    private static void exceptions(List<Change> changes, List<Unit> before, List<Map<String, Object>> points) {
        List<Unit> w = new ArrayList<>(before);
        for (int i = 0; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof Change.Everywhere e)) {
                w = ru.lokalakt.document.diff.Amendments.apply(w, List.of(changes.get(i)));
                continue;
            }
            List<String> labels = Units.labels(w);
            List<String> excepted = new ArrayList<>();
            boolean title = false;
            java.util.Set<String> shifted = new java.util.HashSet<>();
            for (int j = i + 1; j < changes.size(); j++) {
                Change c = changes.get(j);
                if (c instanceof Change.Add || c instanceof Change.Remove || c instanceof Change.Whole) {
                    break;
                }
                if (c instanceof Change.ParagraphsAdd a) {
                    shifted.add(a.label()); // its paragraphs after it are numbered anew
                } else if (c instanceof Change.ParagraphsRemove r) {
                    shifted.add(r.label());
                } else if (c instanceof Change.Paragraph p && !shifted.contains(p.label())) {
                    String text = paragraph(w, labels, p.kind(), p.label(), p.paragraph());
                    if (text != null && mentions(text, e)) {
                        excepted.add("абзаца " + Ordinals.genitive(p.paragraph() + 1) + " " + genitive(p.kind(), p.label()));
                    }
                } else if (c instanceof Change.Restate r) {
                    String text = paragraph(w, labels, r.kind(), r.label(), -1);
                    if (text != null && mentions(text, e)) {
                        if (r.kind() == Unit.Kind.TITLE) {
                            title = true;
                        } else {
                            excepted.add(genitive(r.kind(), r.label()));
                        }
                    }
                }
            }
            Map<String, Object> p = points.get(i);
            p.put("except", excepted.isEmpty() ? "" : String.join(", ", excepted.subList(0, excepted.size() - 1))
                    + (excepted.size() > 1 ? " и " : "") + excepted.get(excepted.size() - 1));
            if (title) {
                p.put("in_title", false);
            }
            w = ru.lokalakt.document.diff.Amendments.apply(w, List.of(e));
        }
    }

    /** The text of paragraph {@code index} of unit {@code label} (the whole unit for -1), or null. */
    private static String paragraph(List<Unit> w, List<String> labels, Unit.Kind kind, String label, int index) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).kind() == kind && labels.get(i).equals(label)) {
                List<String> ps = w.get(i).paragraphs();
                return index < 0 ? w.get(i).text() : index < ps.size() ? ps.get(index) : null;
            }
        }
        return null;
    }

    private static boolean mentions(String text, Change.Everywhere e) {
        return e.pairs().stream().anyMatch(p -> text.contains(p.from()));
    }

    private static String genitive(Unit.Kind kind, String label) {
        return switch (kind) {
            case TITLE -> "наименования Положения";
            case HEADING -> "наименования раздела " + label;
            case CLAUSE -> (label.chars().filter(ch -> ch == '.').count() >= 2 ? "подпункта " : "пункта ") + label;
        };
    }

    /**
     * Whether the changed text speaks of learners or their parents: then the order says how they learn of it. The
     * words are the kind's own (its learners in every case), «родител…», and the participants and users the
     * regulation names them among.
     */
    @SuppressWarnings("unchecked")
    private static boolean concernsLearners(List<Unit> before, List<Unit> after, Map<String, Object> model) {
        List<String> words = new ArrayList<>(List.of("родител", "участник", "пользовател"));
        if (model.get("terms") instanceof Map<?, ?> terms) {
            for (String key : List.of("learners", "learner", "minor_learners")) {
                if (terms.get(key) instanceof Map<?, ?> forms) {
                    for (Object f : forms.values()) {
                        if (f instanceof String form && !form.isBlank()) {
                            words.add(form.toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        // The paragraphs (абзацы) that changed, went or came: not the rest of a clause they stand in.
        List<String> old = before.stream().flatMap(u -> u.paragraphs().stream()).toList();
        List<String> now = after.stream().flatMap(u -> u.paragraphs().stream()).toList();
        java.util.Set<String> changed = new java.util.HashSet<>(old);
        changed.removeAll(now);
        java.util.Set<String> added = new java.util.HashSet<>(now);
        added.removeAll(old);
        changed.addAll(added);
        for (String text : changed) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (String w : words) {
                if (lower.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> point(Change change) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (change instanceof Change.Everywhere e) {
            p.put("kind", "everywhere");
            p.put("from", e.from());
            p.put("to", e.to());
            p.put("any_case", e.anyCase());
            p.put("in_title", e.inTitle());
            p.put("from_one", oneWord(e.from()));
            p.put("to_one", oneWord(e.to()));
        } else if (change instanceof Change.Words w) {
            p.put("kind", w.to().isEmpty() ? "delete" : "words");
            target(p, w.kind(), w.label());
            p.put("paragraph", w.paragraphs() > 1 ? Ordinals.prepositional(w.paragraph() + 1) : "");
            p.put("from", w.from());
            p.put("to", w.to());
            p.put("from_one", oneWord(w.from()));
            p.put("to_one", oneWord(w.to()));
        } else if (change instanceof Change.Paragraph par) {
            p.put("kind", "paragraph");
            target(p, par.kind(), par.label());
            p.put("paragraph", Ordinals.nominative(par.paragraph() + 1));
            p.put("lines", List.of(abzac(par.paragraph(), par.text())));
        } else if (change instanceof Change.ParagraphsRemove r) {
            p.put("kind", "paragraphs_remove");
            target(p, r.kind(), r.label());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < r.count(); i++) {
                names.add(Ordinals.nominative(r.paragraph() + i + 1));
            }
            p.put("paragraphs", names.size() > 2 ? List.of(names.get(0), names.get(names.size() - 1)) : names);
            p.put("range", names.size() > 2);
        } else if (change instanceof Change.ParagraphsAdd a) {
            p.put("kind", "paragraphs_add");
            target(p, a.kind(), a.label());
            p.put("after", Ordinals.genitive(a.after() + 1));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < a.texts().size(); i++) {
                lines.add(abzac(a.after() + 1 + i, a.texts().get(i)));
            }
            p.put("lines", lines);
        } else if (change instanceof Change.Restate r) {
            p.put("kind", "restate");
            target(p, r.kind(), r.label());
            p.put("lines", quoted(List.of(r.unit()), List.of(r.label())));
        } else if (change instanceof Change.Remove r) {
            p.put("kind", "remove");
            target(p, r.kind(), r.label());
            p.put("last", r.last().equals(r.label()) ? "" : r.last());
            p.put("range", !r.last().equals(r.label()) && !sibling(r.label()).equals(r.last()));
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

    /** A paragraph as the order quotes it: a list item keeps its mark. */
    private static String abzac(int index, String text) {
        return index == 0 ? text : ru.lokalakt.document.BulletList.MARK + " " + text;
    }

    private static boolean oneWord(String s) {
        return !s.isEmpty() && s.chars().noneMatch(ch -> Character.isWhitespace(ch) || ch == '\u00A0');
    }

    /** The number after {@code label} at its level: «2.5» → «2.6». */
    private static String sibling(String label) {
        int dot = label.lastIndexOf('.');
        return label.substring(0, dot + 1) + (Integer.parseInt(label.substring(dot + 1)) + 1);
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
            m.put("pair", !r.first().equals(r.last()) && sibling(r.first()).equals(r.last()));
            out.add(m);
        }
        return out;
    }
}
