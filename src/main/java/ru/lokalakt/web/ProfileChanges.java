package ru.lokalakt.web;

import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.SchemaDocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a profile, in words a secretary reads: «Руководитель: Петрова М. А. →
 * Иванова О. С.», «Дата приказа: 02.02.2024 → 05.02.2024», «Работник добавлен: Сорокин Д. И., учитель информатики».
 * Fields are named by the form's labels; people by surname and initials.
 */
public final class ProfileChanges {
    private ProfileChanges() {
    }

    public static List<String> describe(String older, String newer) {
        Map<String, Object> a = ProfileLoader.ownData(older, "older.yaml");
        Map<String, Object> b = ProfileLoader.ownData(newer, "newer.yaml");
        List<String> out = new ArrayList<>();
        person(out, "Руководитель", a.get("head"), b.get("head"));
        Map<?, ?> staffA = a.get("staff") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> staffB = b.get("staff") instanceof Map<?, ?> m ? m : Map.of();
        Set<Object> keys = new LinkedHashSet<>(staffA.keySet());
        keys.addAll(staffB.keySet());
        for (Object k : keys) {
            Object pa = staffA.get(k);
            Object pb = staffB.get(k);
            if (pa == null) {
                out.add("Работник добавлен: " + withPosition(pb));
            } else if (pb == null) {
                out.add("Работник удалён: " + withPosition(pa));
            } else {
                person(out, "Работник " + name(pa), pa, pb);
            }
        }
        Map<String, Object> flatA = new LinkedHashMap<>();
        Map<String, Object> flatB = new LinkedHashMap<>();
        flatten(a, "", flatA);
        flatten(b, "", flatB);
        Set<String> paths = new LinkedHashSet<>(flatA.keySet());
        paths.addAll(flatB.keySet());
        for (String path : paths) {
            Object x = flatA.get(path);
            Object y = flatB.get(path);
            if (java.util.Objects.equals(x, y)) {
                continue;
            }
            String label = label(path);
            if (x == null) {
                out.add(label + ": «" + shown(y) + "» (добавлено)");
            } else if (y == null) {
                out.add(label + ": удалено (было «" + shown(x) + "»)");
            } else {
                out.add(label + ": " + shown(x) + " → " + shown(y));
            }
        }
        return out;
    }

    /** A person's changes: the name as one change, then each other field by the form's label. */
    private static void person(List<String> out, String who, Object a, Object b) {
        Map<?, ?> pa = a instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> pb = b instanceof Map<?, ?> m ? m : Map.of();
        if (pa.isEmpty() && pb.isEmpty()) {
            return;
        }
        if (!name(pa).equals(name(pb))) {
            out.add(who + ": " + name(pa) + " → " + name(pb));
        }
        Set<Object> keys = new LinkedHashSet<>(pa.keySet());
        keys.addAll(pb.keySet());
        for (Object k : keys) {
            String key = String.valueOf(k);
            if (List.of("surname", "first_name", "patronymic", "initials", "surname_forms").contains(key)
                    || java.util.Objects.equals(pa.get(k), pb.get(k))) {
                continue;
            }
            String label = SchemaDocs.label(key) != null ? SchemaDocs.label(key)
                    : SchemaDocs.PERSON.containsKey(key) ? FormSpec.label(SchemaDocs.PERSON.get(key).description()) : key;
            out.add(who + ", " + lower(label) + ": " + (pa.get(k) == null ? "—" : shown(pa.get(k))) + " → "
                    + (pb.get(k) == null ? "—" : shown(pb.get(k))));
        }
    }

    /** «Петрова М. А.» from a person's fields. */
    static String name(Object person) {
        if (!(person instanceof Map<?, ?> p) || !(p.get("surname") instanceof String surname)) {
            return "—";
        }
        String initials = p.get("initials") instanceof String i ? i.strip()
                : (p.get("first_name") instanceof String f && !f.isBlank() ? f.strip().charAt(0) + "." : "")
                + (p.get("patronymic") instanceof String pt && !pt.isBlank() ? " " + pt.strip().charAt(0) + "." : "");
        return (surname.strip() + " " + initials).strip();
    }

    private static String withPosition(Object person) {
        Object position = person instanceof Map<?, ?> p ? p.get("position") : null;
        return name(person) + (position == null ? "" : ", " + shown(position));
    }

    private static void flatten(Object value, String path, Map<String, Object> out) {
        if (path.equals("head") || path.equals("staff")) {
            return;
        }
        if (value instanceof Map<?, ?> m && !(m.get("nom") instanceof String)) {
            m.forEach((k, v) -> flatten(v, path.isEmpty() ? String.valueOf(k) : path + "." + k, out));
        } else {
            out.put(path, value);
        }
    }

    /** A field's label as the form shows it, else its description. */
    private static String label(String path) {
        Map<String, Object> spec = FormSpec.forScript();
        if (spec.get(path) instanceof Map<?, ?> m && m.get("label") instanceof String l) {
            return l;
        }
        SchemaDocs.Doc doc = SchemaDocs.of(path);
        return doc == null ? path : FormSpec.label(doc.description());
    }

    private static String shown(Object value) {
        if (value instanceof Map<?, ?> m && m.get("nom") instanceof String nom) {
            return nom;
        }
        if (value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return s.substring(8, 10) + "." + s.substring(5, 7) + "." + s.substring(0, 4);
        }
        if (value instanceof Boolean bool) {
            return bool ? "да" : "нет";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(i -> items.add(shown(i)));
            return String.join("; ", items);
        }
        if (value instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, v) -> items.add(shown(v)));
            return String.join(", ", items);
        }
        return String.valueOf(value);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
