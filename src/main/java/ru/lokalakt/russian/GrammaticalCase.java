package ru.lokalakt.russian;

import java.util.Locale;

/** The six cases, with the short keys profiles and templates use (nom, gen, dat, acc, ins, pre). */
public enum GrammaticalCase {
    NOMINATIVE("nom"), GENITIVE("gen"), DATIVE("dat"), ACCUSATIVE("acc"), INSTRUMENTAL("ins"), PREPOSITIONAL("pre");

    private final String key;

    GrammaticalCase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static GrammaticalCase fromKey(String key) {
        for (GrammaticalCase c : values()) {
            if (c.key.equals(key.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
