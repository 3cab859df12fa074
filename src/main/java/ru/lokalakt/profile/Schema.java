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

    Schema PROFILE = fields(
            "extends", new Any(),
            "id", new Str("[A-Za-z0-9][A-Za-z0-9._-]{0,79}", "латинские буквы, цифры, «-», «_», «.»"),
            "model", new Bool(),
            "institution", fields("full_name", new Phrase(), "short_name", new Phrase(), "superior", new Phrase(),
                    "city", new Phrase(), "email", new Str("[^@\\s]+@[^@\\s]+", "адрес электронной почты"),
                    "website", text(), "legal_basis", new ListOf(ACT), "inn", new Str("\\d{10}", "ИНН организации — 10 цифр"),
                    "kpp", new Str("\\d{9}", "КПП — 9 цифр"), "municipality", new Phrase(), "address", text(),
                    "phone", text()),
            "head", new Person(),
            "staff", new MapOf(new Person()),
            "order", fields("date", new Date(), "number", text(), "heading", text(), "purpose", text(),
                    "responsible", text(), "link_deadline", new Date(), "official_from", new Date(),
                    "control", text(), "executor", text(), "case_file", text(), "case_clerk", text(),
                    "guidelines", ACT),
            "administrator", fields("staff", text(), "additional", new ListOf(text()),
                    "order", fields("date", new Date(), "number", text())),
            "application", fields("date", new Date(), "number", text()),
            "notice", fields("date", new Date()),
            "amend", fields("date", new Date(), "number", text(), "heading", text(), "reason", text(),
                    "protocol_date", new Date(), "protocol", text(), "opinions", new ListOf(fields("body", new Phrase(),
                            "date", new Date(), "protocol", text()))),
            "history", fields("adopted", fields("body", new Phrase(), "date", new Date(), "protocol", text()),
                    "amendments", new ListOf(fields("date", new Date(), "number", text(), "body", new Phrase(),
                            "protocol_date", new Date(), "protocol", text()))),
            "approval", fields("form", new OneOf(Set.of("order", "head")), "body", new Phrase(), "date", new Date(),
                    "protocol", text(), "opinions", new ListOf(fields("body", new Phrase(), "date", new Date(),
                            "protocol", text()))),
            "polozhenie", fields("number", text(), "appendix", new Bool(), "running_header", new Bool()),
            "signature", fields("electronic", fields("certificate", new Str("[0-9A-Fa-f ]{1,100}", "шестнадцатеричный номер"),
                    "owner", text(), "valid_from", new Date(), "valid_to", new Date())),
            "region", fields("name", new Phrase(), "ministry", new Phrase(),
                    "information_system", fields("short_name", new Phrase(), "full_name", new Phrase(), "linked", new Bool(),
                            "since", new Date()),
                    "legal_basis", new ListOf(ACT), "model", new Bool(),
                    "unverified", new ListOf(new OneOf(Set.of("name", "ministry", "information_system", "legal_basis")))),
            "messenger", fields("name", new Phrase(), "definition", text(), "since", new Date()),
            "platform", fields("full_name", new Phrase(), "short_name", new Phrase(), "operator", new Phrase(),
                    "support_email", text(), "help_site", text()),
            "legal_basis", fields("federal", new ListOf(ACT), "other", new ListOf(ACT)),
            "kind", fields("id", new OneOf(Set.of("school", "kindergarten", "college", "dop")), "name", text()),
            "terms", fields("alias", new Phrase(), "head", new Phrase(), "head_governs", new OneOf(Set.of("gen", "ins")),
                    "word", new Phrase(), "unit", new Phrase(), "units", new Phrase(),
                    "own_unit_gen", text(), "unit_leader", new Phrase(), "unit_leaders", new Phrase(),
                    "learner", new Phrase(), "learners", new Phrase(), "minor_learners", new Phrase(),
                    "teachers_inviting", text(), "inviter", text(), "chat_topics", text(), "journal", text(),
                    "teacher_role", text(), "staff_room", new Phrase(), "subjects", new Phrase(),
                    "subject_staff", text(), "subject_chat", text(), "learner_activists", text(),
                    "programmes", text(), "curriculum", text(), "system_channels", new ListOf(text())),
            "clauses", fields("learner_accounts", new Bool(), "younger_pupils", new Bool(), "subjects", new Bool()),
            "forbidden_terms", new ListOf(text()),
            "layout", fields("font_size", new OneOf(Set.of("12", "13", "14"))),
            "typography", fields("quotes", new OneOf(Set.of("same", "typographic"))),
            "documents", fields("gost", new OneOf(Set.of("2016", "2025")), "qr", new Str("https?://\\S+", "адрес вида https://…")));

    /** The schema of a dotted path ({@code order.date}, {@code staff.deputy}, {@code legal_basis.federal.0}), or null. */
    static Schema at(String path) {
        Schema current = PROFILE;
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

    /** Fields every institution needs for its documents to be written. */
    List<String> REQUIRED = List.of("institution.full_name", "institution.short_name", "institution.city", "head",
            "order.date", "order.number", "order.heading", "order.purpose", "order.link_deadline",
            "order.official_from", "order.control", "order.executor", "approval.form", "approval.body", "approval.date",
            "approval.protocol", "kind.id", "platform.full_name", "platform.short_name", "platform.support_email",
            "platform.help_site", "messenger.name", "messenger.definition", "legal_basis.federal",
            "terms.alias", "terms.head", "terms.unit", "terms.units", "terms.own_unit_gen", "terms.unit_leader",
            "terms.unit_leaders", "terms.learners", "terms.teacher_role", "terms.staff_room", "terms.subject_staff",
            "terms.programmes", "terms.system_channels", "clauses.learner_accounts", "clauses.younger_pupils",
            "clauses.subjects");

    /**
     * What each document needs beyond {@link #REQUIRED}: a document is refused with one message naming these when
     * they are missing, the others are still made.
     */
    Map<String, List<String>> REQUIRED_BY_DOCUMENT = Map.of(
            "sferum/prikaz-administrator", List.of("administrator.staff", "administrator.order.date",
                    "administrator.order.number"),
            "sferum/zayavka", List.of("administrator.staff", "administrator.order.date", "administrator.order.number",
                    "institution.inn", "institution.kpp", "institution.municipality", "institution.address",
                    "institution.phone", "institution.email", "region.name", "application.date",
                    "application.number"),
            "sferum/pamyatka", List.of("administrator.staff", "notice.date"),
            "amend/prikaz", List.of("amend.date", "amend.number", "amend.protocol_date", "amend.protocol"),
            "sferum/sayt", List.of("administrator.staff", "notice.date"));

    /**
     * Documents that name a person with full first name and patronymic, not initials: the field that names the
     * staff member. The application gives the administrator's фамилия, имя, отчество, as the Положение requires.
     */
    Map<String, String> FULL_NAME_BY_DOCUMENT = Map.of("sferum/zayavka", "administrator.staff");

    /** Required only when the kind has learners with their own accounts and subjects. */
    List<String> REQUIRED_WITH_LEARNER_ACCOUNTS = List.of("terms.learner", "terms.teachers_inviting",
            "terms.subject_chat", "terms.learner_activists", "terms.subjects");
}
