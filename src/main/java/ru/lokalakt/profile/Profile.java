package ru.lokalakt.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An institution profile with its parents merged in. Values are plain maps, lists, strings and booleans; every
 * field's location (dotted path → file:line:column) is kept so that errors found later can still name the line.
 */
public record Profile(Path source, Map<String, Object> data, Map<String, Location> locations) {
    public Profile {
        data = java.util.Collections.unmodifiableMap(data);
        locations = Map.copyOf(locations);
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
        Object current = data;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
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

    @SuppressWarnings("unchecked")
    public static List<Object> asList(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
