package ru.lokalakt.russian;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Declines the head of a noun phrase and leaves its tail alone: «заместитель директора по УВР» →
 * «заместителю директора по УВР»; «Краевое государственное … учреждение «Колледж …»» → «Краевом государственном …
 * учреждении «Колледж …»». Leading adjectives agree with the head noun; abbreviations, quoted names and
 * everything after the head noun stay as written. Profiles override any form the rules get wrong.
 */
public final class PhraseDecliner {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Words that are adjectives in form but head a phrase as nouns do. */
    private static final Set<String> SUBSTANTIVES = Set.of("заведующий", "заведующая", "ответственный",
            "ответственная", "дежурный", "дежурная", "управляющий", "управляющая");

    private PhraseDecliner() {
    }

    /** Regional batches decline the same positions and kinds' terms thousands of times. */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Map<GrammaticalCase, String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** All six forms of {@code phrase}; {@code animate} phrases name persons (accusative = genitive). */
    public static Map<GrammaticalCase, String> forms(String phrase, boolean animate) {
        String key = (animate ? "a:" : "i:") + phrase;
        Map<GrammaticalCase, String> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Map<GrammaticalCase, String> out = new EnumMap<>(GrammaticalCase.class);
        for (GrammaticalCase c : GrammaticalCase.values()) {
            out.put(c, decline(phrase, c, animate));
        }
        Map<GrammaticalCase, String> frozen = java.util.Collections.unmodifiableMap(out);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, frozen);
        }
        return frozen;
    }

    public static String decline(String phrase, GrammaticalCase target, boolean animate) {
        if (target == GrammaticalCase.NOMINATIVE) {
            return phrase;
        }
        String[] words = phrase.split(" ", -1);
        int head = headIndex(words);
        if (head < 0) {
            return phrase;
        }
        WordKind headKind = nounKind(words[head]);
        for (int i = 0; i <= head; i++) {
            words[i] = i == head && !SUBSTANTIVES.contains(lower(words[i]))
                    ? declineNoun(words[i], headKind, target, animate)
                    : declineAdjective(words[i], target, animate);
        }
        return String.join(" ", words);
    }

    /** Index of the head noun: the first word that is not an adjective, or a substantive adjective. */
    private static int headIndex(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = lower(words[i]);
            if (!isDeclinableWord(words[i])) {
                return -1;
            }
            if (SUBSTANTIVES.contains(w)) {
                return i;
            }
            if (!isAdjective(w)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDeclinableWord(String word) {
        if (word.isEmpty() || word.startsWith("«") || word.endsWith(".") || word.contains("\"")) {
            return false;
        }
        boolean allUpper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return !allUpper && word.chars().allMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC
                || ch == '-');
    }

    static boolean isAdjective(String w) {
        return w.length() > 3 && (w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой") || w.endsWith("ая")
                || w.endsWith("яя") || w.endsWith("ое") || w.endsWith("ее"));
    }

    private enum WordKind { MASC_HARD, MASC_SOFT, MASC_J, FEM_A, FEM_JA, FEM_IJA, FEM_SOFT, NEUT_O, NEUT_IE, NEUT_E, OTHER }

    private static WordKind nounKind(String word) {
        String w = lower(word);
        if (w.endsWith("ие")) return WordKind.NEUT_IE;
        if (w.endsWith("ия")) return WordKind.FEM_IJA;
        if (w.endsWith("ость") || w.endsWith("ласть") || w.endsWith("ь") && isFeminineSoft(w)) return WordKind.FEM_SOFT;
        if (w.endsWith("ь")) return WordKind.MASC_SOFT;
        if (w.endsWith("й")) return WordKind.MASC_J;
        if (w.endsWith("а")) return WordKind.FEM_A;
        if (w.endsWith("я")) return WordKind.FEM_JA;
        if (w.endsWith("о")) return WordKind.NEUT_O;
        if (w.endsWith("е")) return WordKind.NEUT_E;
        char last = w.charAt(w.length() - 1);
        if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) return WordKind.MASC_HARD;
        return WordKind.OTHER;
    }

    private static boolean isFeminineSoft(String w) {
        return w.endsWith("сеть") || w.endsWith("часть") || w.endsWith("тетрадь");
    }

    private static String declineNoun(String word, WordKind kind, GrammaticalCase c, boolean animate) {
        String stem;
        switch (kind) {
            case MASC_HARD: {
                char last = lower(word).charAt(word.length() - 1);
                boolean sibilant = "жшчщц".indexOf(last) >= 0;
                return switch (c) {
                    case GENITIVE -> word + "а";
                    case DATIVE -> word + "у";
                    case ACCUSATIVE -> animate ? word + "а" : word;
                    case INSTRUMENTAL -> word + (sibilant ? "ем" : "ом");
                    case PREPOSITIONAL -> word + "е";
                    default -> word;
                };
            }
            case MASC_SOFT:
            case MASC_J:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE -> stem + "я";
                    case DATIVE -> stem + "ю";
                    case ACCUSATIVE -> animate ? stem + "я" : word;
                    case INSTRUMENTAL -> stem + "ем";
                    case PREPOSITIONAL -> stem + "е";
                    default -> word;
                };
            case FEM_A: {
                stem = word.substring(0, word.length() - 1);
                char last = lower(stem).charAt(stem.length() - 1);
                boolean velarOrSibilant = "гкхжшчщ".indexOf(last) >= 0;
                return switch (c) {
                    case GENITIVE -> stem + (velarOrSibilant ? "и" : "ы");
                    case DATIVE, PREPOSITIONAL -> stem + "е";
                    case ACCUSATIVE -> stem + "у";
                    case INSTRUMENTAL -> stem + ("жшчщц".indexOf(last) >= 0 ? "ей" : "ой");
                    default -> word;
                };
            }
            case FEM_JA:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE -> stem + "и";
                    case DATIVE, PREPOSITIONAL -> stem + "е";
                    case ACCUSATIVE -> stem + "ю";
                    case INSTRUMENTAL -> stem + "ей";
                    default -> word;
                };
            case FEM_IJA:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE, DATIVE, PREPOSITIONAL -> stem + "и";
                    case ACCUSATIVE -> stem + "ю";
                    case INSTRUMENTAL -> stem + "ей";
                    default -> word;
                };
            case FEM_SOFT:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE, DATIVE, PREPOSITIONAL -> stem + "и";
                    case INSTRUMENTAL -> word + "ю";
                    default -> word;
                };
            case NEUT_IE:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE -> stem + "я";
                    case DATIVE -> stem + "ю";
                    case INSTRUMENTAL -> stem + "ем";
                    case PREPOSITIONAL -> stem + "и";
                    default -> word;
                };
            case NEUT_O:
                stem = word.substring(0, word.length() - 1);
                return switch (c) {
                    case GENITIVE -> stem + "а";
                    case DATIVE -> stem + "у";
                    case INSTRUMENTAL -> stem + "ом";
                    case PREPOSITIONAL -> stem + "е";
                    default -> word;
                };
            default:
                return word;
        }
    }

    /** One adjective-like word in a case, as surnames such as Осадчая or Толстой decline. */
    static String declineAdjectiveWord(String word, GrammaticalCase c, boolean animate) {
        return declineAdjective(word, c, animate);
    }

    private static String declineAdjective(String word, GrammaticalCase c, boolean animate) {
        String w = lower(word);
        String stem = word.substring(0, word.length() - 2);
        char beforeEnding = w.length() > 2 ? w.charAt(w.length() - 3) : ' ';
        boolean soft = "жшчщн".indexOf(beforeEnding) >= 0 && w.endsWith("ий") || w.endsWith("ее") || w.endsWith("яя");
        boolean sibilant = "жшчщ".indexOf(beforeEnding) >= 0;
        if (w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой")) {
            String o = soft || sibilant && w.endsWith("ий") ? "е" : "о";
            String y = w.endsWith("ый") || w.endsWith("ой") && !"гкхжшчщ".contains(String.valueOf(beforeEnding)) ? "ы" : "и";
            return switch (c) {
                case GENITIVE -> stem + o + "го";
                case DATIVE -> stem + o + "му";
                case ACCUSATIVE -> animate ? stem + o + "го" : word;
                case INSTRUMENTAL -> stem + y + "м";
                case PREPOSITIONAL -> stem + o + "м";
                default -> word;
            };
        }
        if (w.endsWith("ая") || w.endsWith("яя")) {
            boolean s = w.endsWith("яя") || sibilant;
            return switch (c) {
                case GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL -> stem + (s ? "ей" : "ой");
                case ACCUSATIVE -> stem + (w.endsWith("яя") ? "юю" : "ую");
                default -> word;
            };
        }
        if (w.endsWith("ое") || w.endsWith("ее")) {
            String o = w.endsWith("ее") ? "е" : "о";
            String y = w.endsWith("ее") || "гкх".indexOf(beforeEnding) >= 0 ? "и" : "ы";
            return switch (c) {
                case GENITIVE -> stem + o + "го";
                case DATIVE -> stem + o + "му";
                case INSTRUMENTAL -> stem + y + "м";
                case PREPOSITIONAL -> stem + o + "м";
                default -> word;
            };
        }
        return word;
    }

    private static String lower(String s) {
        return s.toLowerCase(RUSSIAN);
    }
}
