package ru.lokalakt.batch;

import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;

import java.nio.file.Path;

/** One --set KEY=VALUE: a field overridden for the whole run, then validated like the profile itself. */
public record SetOption(String path, Object value, int position) {
    public static SetOption parse(String option, int position) {
        int eq = option.indexOf('=');
        if (eq <= 0 || !option.substring(0, eq).matches("[a-z_]+(\\.[a-z_0-9]+)*")) {
            throw new IllegalArgumentException("--set ожидает ПОЛЕ=ЗНАЧЕНИЕ, например order.date=2025-09-01: «" + option + "»");
        }
        String raw = option.substring(eq + 1);
        Object value = raw.equals("true") || raw.equals("false") ? Boolean.valueOf(raw) : raw;
        return new SetOption(option.substring(0, eq), value, position);
    }

    public Profile apply(Profile profile) {
        return profile.with(path, value, new Location(Path.of("--set " + path), 1, position));
    }
}
