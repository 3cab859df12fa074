package ru.lokalakt.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a profile may contain, after inheritance: every key and the type of its value. The README's profile
 * reference describes the same tree; unknown keys are reported with the nearest known one.
 */
public sealed interface Schema {
    /** A string; {@code pattern} null means any text. */
    record Str(String pattern, String hint) implements Schema {
    }

    record Bool() implements Schema {
    }

    /** A calendar date written YYYY-MM-DD. */
    record Date() implements Schema {
    }

    record OneOf(Set<String> values) implements Schema {
    }

    /** A phrase: a string, or a map of case forms with nom. */
    record Phrase() implements Schema {
    }

    /** A person: surname, names or initials, gender, position. */
    record Person() implements Schema {
    }

    record ListOf(Schema item) implements Schema {
    }

    /** A map whose keys the profile chooses (staff), each value of one type. */
    record MapOf(Schema value) implements Schema {
    }

    record Fields(Map<String, Schema> fields) implements Schema {
    }

    /** Anything: kept for keys whose content the loader handles itself (extends). */
    record Any() implements Schema {
    }

    static Str text() {
        return new Str(null, null);
    }

    static Fields fields(Object... pairs) {
        Map<String, Schema> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Schema) pairs[i + 1]);
        }
        return new Fields(m);
    }

    /** A legal act: {@code date} is the day it was issued, {@code in_force} the day it comes into force if later. */
    Schema ACT = fields("type", new Phrase(), "issuer", text(), "date", new Date(), "in_force", new Date(),
            "number", text(), "designation", text(), "title", text(), "note", text());

    /** A key of {@code staff}: a field that names an employee; {@code self} also accepts «self» (the head). */
    record StaffRef(boolean self) implements Schema {
    }

    /**
     * The core of every profile: the institution, its people, region and kind. What a package of documents adds
     * (its own fields, its acts) comes from its manifest, {@code templates/<package>/package.yaml}: see
     * {@link Catalog}, which merges the two into the schema a profile is checked against.
     */
    Fields CORE = fields(
            "extends", new Any(),
            "id", new Str("[A-Za-z0-9][A-Za-z0-9._-]{0,79}", "латинские буквы, цифры, «-», «_», «.»"),
            "model", new Bool(),
            "packages", new ListOf(new Str("[a-z0-9][a-z0-9_-]{0,39}", "имя пакета документов")),
            "institution", fields("full_name", new Phrase(), "short_name", new Phrase(), "superior", new Phrase(),
                    "city", new Phrase(), "email", new Str("[^@\\s]+@[^@\\s]+", "адрес электронной почты"),
                    "website", text(), "legal_basis", new ListOf(ACT), "inn", new Str("\\d{10}", "ИНН организации — 10 цифр"),
                    "kpp", new Str("\\d{9}", "КПП — 9 цифр"), "municipality", new Phrase(), "address", text(),
                    "phone", text()),
            "head", new Person(),
            "staff", new MapOf(new Person()),
            "signature", fields("electronic", fields("certificate", new Str("[0-9A-Fa-f ]{1,100}", "шестнадцатеричный номер"),
                    "owner", text(), "valid_from", new Date(), "valid_to", new Date())),
            "region", fields("name", new Phrase(), "ministry", new Phrase(),
                    "information_system", fields("short_name", new Phrase(), "full_name", new Phrase(), "linked", new Bool(),
                            "since", new Date()),
                    "legal_basis", new ListOf(ACT), "model", new Bool(),
                    "unverified", new ListOf(new OneOf(Set.of("name", "ministry", "information_system", "legal_basis")))),
            "kind", fields("id", new OneOf(Set.of("school", "kindergarten", "college", "dop")), "name", text()),
            "terms", fields("alias", new Phrase(), "head", new Phrase(), "head_governs", new OneOf(Set.of("gen", "ins")),
                    "word", new Phrase(), "unit", new Phrase(), "units", new Phrase(),
                    "own_unit_gen", text(), "unit_leader", new Phrase(), "unit_leaders", new Phrase(),
                    "learner", new Phrase(), "learners", new Phrase(), "minor_learners", new Phrase(),
                    "subjects", new Phrase(), "programmes", text(), "curriculum", text()),
            "forbidden_terms", new ListOf(text()),
            "layout", fields("font_size", new OneOf(Set.of("12", "13", "14"))),
            "typography", fields("quotes", new OneOf(Set.of("same", "typographic"))),
            "documents", fields("gost", new OneOf(Set.of("2016", "2025")), "qr", new Str("https?://\\S+", "адрес вида https://…")));

    /**
     * A package's own acts, in its section (or at the top for a package without one): the order that approves its
     * regulation, how the regulation was adopted, its requisites, its amendment and its history of editions. A
     * package that has a regulation gets them all; its manifest may add fields to its order.
     */
    Fields ACTS = fields(
            "order", fields("date", new Date(), "number", text(), "heading", text(), "control", new StaffRef(true),
                    "executor", new StaffRef(false), "case_file", text(), "case_clerk", new StaffRef(false)),
            "amend", fields("date", new Date(), "number", text(), "heading", text(), "reason", text(),
                    "protocol_date", new Date(), "protocol", text(), "opinions", new ListOf(fields("body", new Phrase(),
                            "date", new Date(), "protocol", text()))),
            "history", fields("adopted", fields("body", new Phrase(), "date", new Date(), "protocol", text()),
                    "amendments", new ListOf(fields("date", new Date(), "number", text(), "body", new Phrase(),
                            "protocol_date", new Date(), "protocol", text()))),
            "approval", fields("form", new OneOf(Set.of("order", "head")), "body", new Phrase(), "date", new Date(),
                    "protocol", text(), "opinions", new ListOf(fields("body", new Phrase(), "date", new Date(),
                            "protocol", text()))),
            "polozhenie", fields("number", text(), "appendix", new Bool(), "running_header", new Bool()));

    /** The schema of a dotted path ({@code order.date}, {@code staff.deputy}, {@code legal_basis.federal.0}), or null. */
    static Schema at(String path) {
        return at(Catalog.active().profile(), path);
    }

    /** The schema of a dotted path within {@code root}, or null. */
    static Schema at(Schema root, String path) {
        Schema current = root;
        for (String key : path.split("\\.")) {
            if (current instanceof Fields f) {
                current = f.fields().get(key);
            } else if (current instanceof MapOf m) {
                current = m.value();
            } else if (current instanceof ListOf l && key.chars().allMatch(Character::isDigit)) {
                current = l.item();
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Fields every institution needs, whatever its packages. */
    List<String> REQUIRED = List.of("institution.full_name", "institution.short_name", "institution.city", "head",
            "kind.id", "terms.alias", "terms.head", "terms.unit", "terms.units", "terms.own_unit_gen", "terms.unit_leader",
            "terms.unit_leaders", "terms.learners", "terms.programmes");

    /** The fields of a package's own acts every document of a package with a regulation needs. */
    List<String> REQUIRED_ACTS = List.of("order.date", "order.number", "order.control",
            "order.executor", "approval.form", "approval.body", "approval.date", "approval.protocol");

    /** The amending order of a regulation (lokalakt amend), made for any package that has one. */
    String AMEND_DOCUMENT = "amend/prikaz";

    /** What the amending order of a regulation needs beyond its package's fields. */
    List<String> REQUIRED_TO_AMEND = List.of("amend.date", "amend.number", "amend.protocol_date", "amend.protocol");
}
