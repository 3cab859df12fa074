package ru.lokalakt.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An institution profile with its parents merged in. Values are plain maps, lists, strings and booleans; every
 * field's location (dotted path → file:line:column) is kept so that errors found later can still name the line.
 * {@code bundledProfiles} is the program's own profiles folder the parents were looked up in (null when unknown):
 * it tells a value the program ships from one the institution wrote.
 */
public record Profile(Path source, Map<String, Object> data, Map<String, Location> locations, Path bundledProfiles) {
    public Profile {
        data = java.util.Collections.unmodifiableMap(data);
        locations = Map.copyOf(locations);
    }

    public Profile(Path source, Map<String, Object> data, Map<String, Location> locations) {
        this(source, data, locations, null);
    }

    /**
     * Whether the value at {@code path} was written in the program's common file ({@code profiles/common/…} of the
     * bundled profiles), not in the institution's profile or a parent of its own.
     */
    public boolean fromBundledCommon(String path) {
        Location at = locationOf(path);
        return bundledProfiles != null && at != null && !at.file().equals(source)
                && (real(at.file()).startsWith(bundledProfiles.resolve("common")) || inBundledPackage(at));
    }

    /** Whether a value comes from the manifest of a bundled package (its defaults and kind words). */
    private boolean inBundledPackage(Location at) {
        Path templates = bundledProfiles.getParent() == null ? null : bundledProfiles.getParent().resolve("templates");
        return templates != null && at.file().getFileName() != null
                && at.file().getFileName().toString().equals(PackageManifest.FILE) && real(at.file()).startsWith(real(templates));
    }

    /** Whether the value at {@code path} was written in the institution's own files: its profile or a parent outside the bundled folder. */
    public boolean fromOwnFiles(String path) {
        Location at = locationOf(path);
        return at == null || at.file().equals(source) || bundledProfiles == null
                || !real(at.file()).startsWith(bundledProfiles) && !inBundledPackage(at);
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    public Location locationOf(String path) {
        String p = path;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return locations.get("");
            }
            p = p.substring(0, dot);
        }
    }

    public Object get(String path) {
        return at(data, path);
    }

    /** The value at a dotted path in nested maps, a number standing for an item of a list ({@code legal_basis.federal.0}), or null. */
    public static Object at(Map<String, Object> tree, String path) {
        Object current = tree;
        for (String key : path.split("\\.")) {
            if (current instanceof List<?> list && key.matches("\\d{1,6}")) {
                int i = Integer.parseInt(key);
                current = i < list.size() ? list.get(i) : null;
            } else if (current instanceof Map<?, ?> map) {
                current = map.get(key);
            } else {
                return null;
            }
        }
        return current;
    }

    public String string(String path) {
        Object value = get(path);
        return value instanceof String s ? s : null;
    }

    public String require(String path) {
        Object value = get(path);
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new ProfileException(locationOf(path), path, "обязательное поле не заполнено");
        }
        if (!(value instanceof String s)) {
            throw new ProfileException(locationOf(path), path, "ожидалась строка");
        }
        return s;
    }

    /** The institution's own id, its output folder; only a safe file name may pass. */
    public String id() {
        String id = require("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}") || id.contains("..")) {
            throw new ProfileException(locationOf("id"), "id",
                    "«" + id + "» не годится для имени папки: латинские буквы, цифры, «-», «_», «.», не длиннее 80");
        }
        return id;
    }

    public boolean isInstitution() {
        return data.containsKey("id");
    }

    /**
     * The profile with {@code path} set to {@code value}, as a command-line override: the value is typed and
     * validated like any other, and its location names the option.
     */
    @SuppressWarnings("unchecked")
    public Profile with(String path, Object value, Location location) {
        Map<String, Object> copy = deepCopy(data);
        Map<String, Object> current = copy;
        String[] keys = path.split("\\.");
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = current.get(keys[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new java.util.LinkedHashMap<String, Object>();
                current.put(keys[i], next);
            }
            current = (Map<String, Object>) next;
        }
        current.put(keys[keys.length - 1], value);
        Map<String, Location> newLocations = new java.util.HashMap<>(locations);
        newLocations.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "."));
        newLocations.put(path, location);
        return new Profile(source, copy, newLocations, bundledProfiles);
    }

    /**
     * The profile as the documents of a package with a section of its own see it: that section's fields at the
     * top, in place of the fields of the same name, and no other package's acts (order, approval, …) beside them.
     * Locations follow the fields. The profile itself for an empty section.
     */
    @SuppressWarnings("unchecked")
    public Profile lifted(String section) {
        if (section == null || section.isEmpty()) {
            return this;
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>(data);
        Schema.ACTS.fields().keySet().forEach(copy::remove);
        Map<String, Location> newLocations = new java.util.HashMap<>(locations);
        newLocations.keySet().removeIf(k -> Schema.ACTS.fields().keySet().stream().anyMatch(a -> k.equals(a) || k.startsWith(a + ".")));
        if (data.get(section) instanceof Map<?, ?> own) {
            ((Map<String, Object>) own).forEach(copy::put);
            String prefix = section + ".";
            locations.forEach((k, at) -> {
                if (k.startsWith(prefix)) {
                    newLocations.put(k.substring(prefix.length()), at);
                }
            });
        }
        return new Profile(source, copy, newLocations, bundledProfiles);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new java.util.ArrayList<>(l) : v));
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> asList(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
