package ru.lokalakt.russian;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AOT Russian dictionary as LanguageTool publishes it ({@code org.languagetool:language-ru}, LGPL): one file to
 * analyse a word form into lemma and tag ({@code совет → совет NN:Inanim:Masc:Sin:Nom}), one to synthesise a form
 * from lemma and tag ({@code пермь|NN:Inanim:Fem:Sin:R → перми}). Both are loaded once, on first use; a lookup
 * object is not thread-safe, so each thread keeps its own over the shared dictionaries.
 */
final class Morphology {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BASE = "/org/languagetool/resource/ru/";

    private Morphology() {
    }

    /** One analysis of a word: {@code NN:Inanim:Masc:Sin:Nom} is split into its parts. */
    record Reading(String lemma, String tag) {
        String pos() {
            int i = tag.indexOf(':');
            return i < 0 ? tag : tag.substring(0, i);
        }

        /** Nom, R, D, V, T, P; empty for an indeclinable word, whose tag ends without a case. */
        String caseTag() {
            String last = tag.substring(tag.lastIndexOf(':') + 1);
            return switch (last) {
                case "Nom", "R", "D", "V", "T", "P" -> last;
                default -> "";
            };
        }

        boolean plural() {
            return tag.contains(":PL");
        }

        /** Masc, Fem, Neut, or empty (plural of an adjective, plural-only noun). */
        String gender() {
            for (String part : tag.split(":")) {
                if (part.equals("Masc") || part.equals("Fem") || part.equals("Neut")) {
                    return part;
                }
            }
            return "";
        }

        boolean noun() {
            return pos().equals("NN");
        }

        boolean adjectival() {
            return (pos().equals("ADJ") && tag.startsWith("ADJ:Posit")) || pos().equals("PT") && !tag.contains("Short");
        }

        /** A person's name, surname or patronymic: cities and positions are not declined as those. */
        boolean personal() {
            return tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr");
        }

        boolean animate() {
            return tag.startsWith("NN:Anim");
        }

        /** The tag without its case: what a form of the same lemma in another case is looked up by. */
        String paradigm() {
            return caseTag().isEmpty() ? tag : tag.substring(0, tag.lastIndexOf(':'));
        }

        /** For adjectives and participles: the tag without gender or number and case. */
        String adjectiveStem() {
            String p = paradigm();
            int cut = p.lastIndexOf(':');
            return cut < 0 ? p : p.substring(0, cut);
        }
    }

    private static final class Holder {
        static final Dictionary ANALYSIS = read("russian.dict");
        static final Dictionary SYNTHESIS = read("russian_synth.dict");
        static final ThreadLocal<DictionaryLookup> ANALYSE = ThreadLocal.withInitial(() -> new DictionaryLookup(ANALYSIS));
        static final ThreadLocal<DictionaryLookup> SYNTHESISE = ThreadLocal.withInitial(() -> new DictionaryLookup(SYNTHESIS));

        private static Dictionary read(String name) {
            URL url = Morphology.class.getResource(BASE + name);
            if (url == null) {
                throw new IllegalStateException("нет словаря русского языка " + name + " (org.languagetool:language-ru)");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Loads both dictionaries now (a server warms up with this). */
    static void load() {
        Holder.ANALYSE.get();
        Holder.SYNTHESISE.get();
    }

    /**
     * Lookups already made: a phrase asks about the same words for each of its cases, and a batch about the same
     * positions and bodies for every institution. Bounded, so that a long-running server does not grow.
     */
    private static final int MEMO_LIMIT = 100_000;
    private static final java.util.Map<String, List<Reading>> ANALYSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, List<String>> SYNTHESISED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every analysis of {@code word} (any case of letters); a word written with е for ё is found too. */
    static List<Reading> analyse(String word) {
        List<Reading> known = ANALYSED.get(word);
        if (known != null) {
            return known;
        }
        List<Reading> found = List.copyOf(analyseUncached(word));
        if (ANALYSED.size() < MEMO_LIMIT) {
            ANALYSED.put(word, found);
        }
        return found;
    }

    private static List<Reading> analyseUncached(String word) {
        String lower = word.toLowerCase(RUSSIAN);
        List<Reading> out = lookup(lower);
        if (out.isEmpty() && lower.indexOf('ё') >= 0) {
            out = lookup(lower.replace('ё', 'е'));
        }
        return out;
    }

    private static List<Reading> lookup(String lower) {
        List<Reading> out = new ArrayList<>();
        for (WordData wd : Holder.ANALYSE.get().lookup(lower)) {
            if (wd.getStem() != null && wd.getTag() != null) {
                out.add(new Reading(wd.getStem().toString(), wd.getTag().toString()));
            }
        }
        return out;
    }

    /** The forms of {@code lemma} with exactly {@code tag}; several where usage has variants (краевой, краевою). */
    static List<String> synthesise(String lemma, String tag) {
        String key = lemma + "|" + tag;
        List<String> known = SYNTHESISED.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = List.copyOf(synthesiseUncached(lemma, tag));
        if (SYNTHESISED.size() < MEMO_LIMIT) {
            SYNTHESISED.put(key, found);
        }
        return found;
    }

    private static List<String> synthesiseUncached(String lemma, String tag) {
        List<String> out = new ArrayList<>(2);
        for (WordData wd : Holder.SYNTHESISE.get().lookup(lemma + "|" + tag)) {
            out.add(wd.getStem().toString());
        }
        return out;
    }
}
