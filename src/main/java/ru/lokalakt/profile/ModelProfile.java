package ru.lokalakt.profile;

import ru.lokalakt.document.Blank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A model (типовой) document: a region's or a kind's profile in which every fact of a particular institution that
 * is missing becomes a blank with a hint, for the institution to fill in by hand.
 */
public final class ModelProfile {
    /** Institution facts and the hints printed beside their blanks; each package's manifest adds its own ({@code blank}). */
    private static final Map<String, String> BLANKS = new LinkedHashMap<>();
    /** A package's acts: their blanks, in the package's section. */
    private static final Map<String, String> ACT_BLANKS = new LinkedHashMap<>();

    static {
        BLANKS.put("institution.full_name", "полное наименование организации");
        BLANKS.put("institution.short_name", "сокращённое наименование");
        BLANKS.put("institution.city", "населённый пункт");
        BLANKS.put("head", "инициалы, фамилия руководителя");
        BLANKS.put("institution.inn", "ИНН");
        BLANKS.put("institution.kpp", "КПП");
        BLANKS.put("institution.municipality", "муниципальное образование");
        BLANKS.put("institution.address", "почтовый адрес");
        BLANKS.put("institution.phone", "телефон");
        BLANKS.put("institution.email", "адрес электронной почты");
        ACT_BLANKS.put("order.date", "дата");
        ACT_BLANKS.put("order.number", "номер");
        ACT_BLANKS.put("approval.date", "дата");
        ACT_BLANKS.put("approval.protocol", "номер протокола");
    }

    private ModelProfile() {
    }

    /** Whether a profile asks for model documents itself ({@code model: true}, or in its region). */
    public static boolean requested(Profile profile) {
        return Boolean.TRUE.equals(profile.get("model")) || Boolean.TRUE.equals(profile.get("region.model"));
    }

    /** An institution's profile keeps its id; a region's or a kind's is named after its file. */
    public static Profile fill(Profile profile) {
        return fill(profile, profile.isInstitution() ? profile.id() : id(profile.source(), null));
    }

    /**
     * The model profiles a profile stands for: itself, or, lacking a kind, itself combined with each kind in
     * {@code kinds} (one set of model documents per kind of institution).
     */
    public static List<Profile> expand(ProfileLoader loader, Profile profile, Path kinds) throws IOException {
        if (profile.get("kind.id") != null) {
            return List.of(fill(profile));
        }
        List<Profile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(kinds)) {
            for (Path kind : files.filter(k -> k.toString().endsWith(".yaml")).sorted().toList()) {
                String kindId = kind.getFileName().toString().replaceFirst("\\.yaml$", "");
                out.add(fill(loader.combine(kind, profile.source()), id(profile.source(), kindId)));
            }
        }
        return out;
    }

    /** The profile with blanks for what it lacks, the given id, and no staff to name in the order. */
    private static Profile fill(Profile profile, String id) {
        Location here = new Location(profile.source(), 1, 1);
        Profile p = profile.with("id", id, here);
        Map<String, String> blanks = new LinkedHashMap<>(BLANKS);
        Catalog catalog = Catalog.active();
        for (PackageManifest pkg : catalog.used(profile)) {
            if (pkg.hasRegulation()) {
                ACT_BLANKS.forEach((path, hint) -> blanks.put(pkg.full(path), hint));
            }
            pkg.blanks().forEach((path, hint) -> blanks.put(pkg.full(path), hint));
        }
        String firstStaff = null;
        for (Map.Entry<String, String> blank : blanks.entrySet()) {
            String path = blank.getKey();
            if (p.get(path) != null) {
                continue;
            }
            if (catalog.at(path) instanceof Schema.StaffRef) {
                // An employee the documents name: a blank row of staff, under the section's name.
                // named after the field: «administrator.staff» → administrator, «eo.responsible» → responsible
                List<String> keys = new ArrayList<>(List.of(path.split("\\.")));
                keys.removeIf(k -> k.equals("staff") || catalog.packages().stream().anyMatch(x -> x.section().equals(k)));
                String key = keys.isEmpty() ? "employee" : keys.get(keys.size() - 1);
                p = p.with(path, key, here).with("staff." + key, Blank.marker(blank.getValue()), here);
                firstStaff = firstStaff == null ? key : firstStaff;
            } else {
                p = p.with(path, Blank.marker(blank.getValue()), here);
            }
        }
        for (PackageManifest pkg : catalog.used(profile)) {
            if (!pkg.hasRegulation()) {
                continue;
            }
            if (p.get(pkg.full("order.executor")) == null && firstStaff != null) {
                p = p.with(pkg.full("order.executor"), firstStaff, here);
            }
            if (p.get(pkg.full("order.control")) == null) {
                p = p.with(pkg.full("order.control"), "self", here);
            }
        }
        return p;
    }

    /** The id of a model profile: the file it comes from and, where the kind is added, the kind. */
    private static String id(Path source, String kind) {
        String stem = source.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return "model-" + stem + (kind == null ? "" : "-" + kind);
    }
}
