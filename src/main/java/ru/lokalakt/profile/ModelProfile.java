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
        // The hints come with the fields' descriptions: the core's (SchemaDocs), each package's (its manifest).
        Map<String, String> blanks = new LinkedHashMap<>();
        SchemaDocs.blanks().forEach((path, hint) -> {
            if (Schema.CORE.fields().containsKey(path.split("\\.")[0])) {
                blanks.put(path, hint);
            }
        });
        Catalog catalog = Catalog.active();
        for (PackageManifest pkg : catalog.used(profile)) {
            if (pkg.hasRegulation()) {
                SchemaDocs.blanks().forEach((path, hint) -> {
                    if (Schema.ACTS.fields().containsKey(path.split("\\.")[0])) {
                        blanks.put(pkg.full(path), hint);
                    }
                });
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
