package ru.lokalakt.russian;

/**
 * Declension by endings, for words the dictionary does not know (a new town, a coined position): nouns by their
 * declension class, adjectives and participles by their ending and the consonant before it.
 */
final class DeclensionRules {
    private DeclensionRules() {
    }

    static boolean isAdjective(String w) {
        return w.length() > 3 && (w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой") || w.endsWith("ая")
                || w.endsWith("яя") || w.endsWith("ое") || w.endsWith("ее"));
    }

    /** A plural adjective's ending: Набережные, Великие. */
    static boolean isPluralAdjective(String w) {
        return w.length() > 3 && (w.endsWith("ые") || w.endsWith("ие"));
    }

    enum WordKind { MASC_HARD, MASC_SOFT, MASC_J, FEM_A, FEM_JA, FEM_IJA, FEM_SOFT, NEUT_O, NEUT_IE, NEUT_E, OTHER }

    static WordKind nounKind(String word) {
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

    static String declineNoun(String word, WordKind kind, GrammaticalCase c, boolean animate) {
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

    /** One adjective or participle in a case by its ending; also adjectival surnames (Осадчая, Толстой). */
    static String declineAdjective(String word, GrammaticalCase c, boolean animate) {
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
        if (w.endsWith("ые") || w.endsWith("ие")) {
            // Plural: Набережные → Набережных, Великие → Великих.
            String y = w.endsWith("ые") ? "ы" : "и";
            return switch (c) {
                case GENITIVE, PREPOSITIONAL -> stem + y + "х";
                case DATIVE -> stem + y + "м";
                case ACCUSATIVE -> animate ? stem + y + "х" : word;
                case INSTRUMENTAL -> stem + y + "ми";
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
        return s.toLowerCase(Morphology.RUSSIAN);
    }
}
