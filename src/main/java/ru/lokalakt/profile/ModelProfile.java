package ru.lokalakt.profile;

import ru.lokalakt.document.Blank;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model (типовой) document: a region's or a kind's profile in which every fact of a particular institution that
 * is missing becomes a blank with a hint, for the institution to fill in by hand.
 */
public final class ModelProfile {
    /** Institution facts and the hints printed beside their blanks. */
    private static final Map<String, String> BLANKS = new LinkedHashMap<>();

    static {
        BLANKS.put("institution.full_name", "полное наименование организации");
        BLANKS.put("institution.short_name", "сокращённое наименование");
        BLANKS.put("institution.city", "населённый пункт");
        BLANKS.put("head", "инициалы, фамилия руководителя");
        BLANKS.put("order.date", "дата");
        BLANKS.put("order.number", "номер");
        BLANKS.put("order.link_deadline", "срок");
        BLANKS.put("order.official_from", "дата");
        BLANKS.put("approval.date", "дата");
        BLANKS.put("approval.protocol", "номер протокола");
    }

    private ModelProfile() {
    }

    /** Whether a profile asks for model documents itself ({@code model: true}, or in its region). */
    public static boolean requested(Profile profile) {
        return Boolean.TRUE.equals(profile.get("model")) || Boolean.TRUE.equals(profile.get("region.model"));
    }

    /** The profile with blanks for what it lacks, an id of its own, and no staff to name in the order. */
    public static Profile fill(Profile profile, String id) {
        Location here = new Location(profile.source(), 1, 1);
        Profile p = profile.with("id", id, here);
        for (Map.Entry<String, String> blank : BLANKS.entrySet()) {
            if (p.get(blank.getKey()) == null) {
                p = p.with(blank.getKey(), Blank.marker(blank.getValue()), here);
            }
        }
        if (p.get("order.control") == null) {
            p = p.with("order.control", "self", here);
        }
        return p;
    }

    /** The id of a model profile: the file it comes from and, where the kind is added, the kind. */
    public static String id(Path source, String kind) {
        String stem = source.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return "model-" + stem + (kind == null ? "" : "-" + kind);
    }
}
