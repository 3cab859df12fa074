package ru.lokalakt.russian;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Declines a noun phrase as Russian grammar does, with the AOT dictionary ({@link Morphology}) for what a word is
 * and how it inflects, and rules by ending ({@link DeclensionRules}) for words it does not know:
 * <ul>
 *   <li>the head is the first noun; adjectives and participles before it agree with it in gender, number and case
 *       («Управляющий совет» → «Управляющего совета»), and everything after it stays as written («совет родителей»,
 *       «заместитель директора по УВР», «Министерство образования и науки Республики …»);</li>
 *   <li>a hyphenated head declines by its own kind: two nouns both (педагог-организатор → педагога-организатора),
 *       noun and adjective both (Петропавловск-Камчатский → Петропавловска-Камчатского), a noun with a preposition
 *       its first part (Ростов-на-Дону → Ростова-на-Дону), an unknown first part stays (Йошкар-Ола → Йошкар-Олы);</li>
 *   <li>a Latin brand before the head stays (VK Мессенджер → VK Мессенджера); a phrase that starts with an
 *       abbreviation or a quoted name stays whole (МБОУ «Лицей»), and so does a quoted name anywhere, a dash in it
 *       included;</li>
 *   <li>a word the head governs stays in its case: «директор Учреждения», «заведующий Учреждением» (заведовать
 *       чем), even when a capital letter makes it look like a name;</li>
 *   <li>a proper name after a generic word stays in the nominative, with its part in brackets or after a dash:
 *       official documents keep a name after «город», «село», «республика» in its initial form, compound names
 *       always (Розенталь, «Справочник по правописанию и литературной правке», § 197), and laws write the
 *       federal subjects so (Конституция, ст. 65): «Республики Саха (Якутия)», «Республики Северная Осетия —
 *       Алания»; a name after a dash is a second name of the name before it and declines only with it
 *       (Ханты-Мансийский автономный округ — Югра → … округа — Югры), a part in lower case names the whole
 *       again and declines (заместителя директора — главного бухгалтера);</li>
 *   <li>indeclinable words stay (Сочи, Улан-Удэ); Slavic place names in -ово, -ево, -ино, -ыно decline as the
 *       literary norm has it (Кстово → в Кстове), the dictionary's indeclinable reading being the colloquial one.</li>
 * </ul>
 * {@code animate} phrases name persons: the accusative of a masculine or plural head equals its genitive.
 */
public final class PhraseDecliner {
    /** Words the dictionary reads two ways where place names take one: Великие Луки are the plural of «лука». */
    private static final Map<String, String> TOPONYM_LEMMAS = Map.of("луки", "лука");
    /** Nouns whose form after «в» / «на» is the locative in -у, -ю (Розенталь): the dictionary gives both forms. */
    private static final Set<String> LOCATIVES = Set.of("сад", "год", "лес", "порт", "аэропорт", "крым", "дон", "мост",
            "берег", "пол", "угол", "шкаф", "бор", "тыл", "круг", "цех", "час", "ряд", "снег", "бой", "плен", "долг");
    /** First parts of compound nouns that stay as they are (шеф-повар → шеф-повара). */
    private static final Set<String> FIXED_FIRST_PARTS = Set.of("шеф", "вице", "экс", "обер", "унтер", "штаб", "лейб",
            "генерал", "контр", "премьер", "статс");
    private static final Set<String> PREPOSITIONS = Set.of("на", "над", "под", "в", "у", "при", "за", "де", "ла", "ле");

    private PhraseDecliner() {
    }

    /** Regional batches decline the same positions and kinds' terms thousands of times. */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Map<GrammaticalCase, String>> CACHE = new ConcurrentHashMap<>();

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
        Map<GrammaticalCase, String> frozen = Collections.unmodifiableMap(out);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, frozen);
        }
        return frozen;
    }

    /** Loads the dictionary now rather than on the first phrase. */
    public static void warm() {
        Morphology.load();
    }

    public static String decline(String phrase, GrammaticalCase target, boolean animate) {
        if (target == GrammaticalCase.NOMINATIVE || phrase.isBlank()) {
            return phrase;
        }
        return declinePhrase(phrase, target, animate).text;
    }

    /**
     * A phrase in a case; {@code endsDeclined} when its last word took the case with the head («Ханты-Мансийский
     * автономный округ»), not when it belongs to the tail that stays as written («Республика Северная Осетия»).
     */
    private record Declined(String text, boolean endsDeclined) {
    }

    private static Declined declinePhrase(String phrase, GrammaticalCase target, boolean animate) {
        int[] dash = dashAt(phrase);
        if (dash != null) {
            Declined first = declinePhrase(phrase.substring(0, dash[0]), target, animate);
            String joint = phrase.substring(dash[0], dash[1]);
            String second = phrase.substring(dash[1]);
            if (!first.endsDeclined && Character.isUpperCase(second.charAt(0))) {
                // A name after a dash is a second name of the name before it and takes that name's case: it stays
                // where that name stays after a generic word («Республики Северная Осетия — Алания», «Министерства
                // образования Кемеровской области — Кузбасса») and declines where it declines («Ханты-Мансийского
                // автономного округа — Югры», «Чувашской Республики — Чувашии»). A part in lower case names the
                // whole again and takes the case (заместителя директора — главного бухгалтера).
                return new Declined(first.text + joint + second, false);
            }
            Declined rest = declinePhrase(second, target, animate);
            return new Declined(first.text + joint + rest.text, rest.endsDeclined);
        }
        String[] all = phrase.split(" ", -1);
        // A parenthesised group is set aside while the head is found: «вечерняя (сменная) общеобразовательная
        // школа», «общее собрание (конференция) работников». Before the head or right after it, it is an
        // apposition and takes the case too; further on it belongs to the fixed tail («Республика Саха (Якутия)»).
        List<Integer> plainAt = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (all[i].startsWith("(")) {
                int j = i;
                while (j < all.length - 1 && !all[j].endsWith(")")) {
                    j++;
                }
                groups.add(new int[] {i, j});
                i = j;
            } else {
                plainAt.add(i);
            }
        }
        String[] words = new String[plainAt.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = all[plainAt.get(i)];
        }
        Head head = declineWords(words, target, animate);
        if (head == null) {
            return new Declined(phrase, false);
        }
        for (int i = 0; i < words.length; i++) {
            all[plainAt.get(i)] = words[i];
        }
        int headAt = plainAt.get(head.index);
        boolean endsDeclined = head.endsDeclined && plainAt.get(words.length - 1) == all.length - 1;
        for (int[] g : groups) {
            String inner = String.join(" ", java.util.Arrays.copyOfRange(all, g[0], g[1] + 1));
            if ((g[0] < headAt || g[0] == headAt + 1) && inner.endsWith(")")) {
                String declined = "(" + decline(inner.substring(1, inner.length() - 1), target, animate) + ")";
                String[] parts = declined.split(" ", -1);
                System.arraycopy(parts, 0, all, g[0], parts.length);
                // «Чувашская Республика (Чувашия)»: the group right after a final head ends the phrase declined.
                endsDeclined |= g[0] == headAt + 1 && g[1] == all.length - 1
                        && headAt == plainAt.get(words.length - 1);
            }
        }
        return new Declined(String.join(" ", all), endsDeclined);
    }

    /**
     * The first dash between words that is not inside quotes or brackets (a dash in «Школа № 1 — Центр образования»
     * belongs to the name): the start and end of the dash with its spaces, or null. A hyphen or an en dash between
     * spaces is the same dash as typed.
     */
    private static int[] dashAt(String phrase) {
        int depth = 0;
        boolean straightQuote = false;
        for (int i = 0; i < phrase.length(); i++) {
            char ch = phrase.charAt(i);
            switch (ch) {
                case '«', '„', '(' -> depth++;
                case '»', '“', ')' -> depth = Math.max(0, depth - 1);
                case '"' -> straightQuote = !straightQuote;
                case '—', '–', '-' -> {
                    if (depth == 0 && !straightQuote && i > 0 && i + 1 < phrase.length()
                            && isSpace(phrase.charAt(i - 1)) && isSpace(phrase.charAt(i + 1))) {
                        int from = i - 1;
                        int to = i + 2;
                        while (from > 0 && isSpace(phrase.charAt(from - 1))) {
                            from--;
                        }
                        while (to < phrase.length() && isSpace(phrase.charAt(to))) {
                            to++;
                        }
                        if (from > 0 && to < phrase.length()) {
                            return new int[] {from, to};
                        }
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u00A0';
    }

    /** The head's index among the words, and whether the last word took the case with it. */
    private record Head(int index, boolean endsDeclined) {
    }

    /** Declines the head and its modifiers in place; null when the phrase stays as written. */
    private static Head declineWords(String[] words, GrammaticalCase target, boolean animate) {
        if (words.length == 0) {
            return null;
        }
        int start = 0;
        while (start < words.length - 1 && isLatin(words[start])) {
            start++;
        }
        int head = -1;
        for (int i = start; i < words.length && isDeclinable(words[i]); i++) {
            if (i + 1 < words.length && isAdverb(words[i])) {
                continue; // «временно исполняющий обязанности директора»: the adverb stays
            }
            if (!isModifier(words, i)) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        Inflected h = declineHead(words[head], target, animate, modifierNumber(words, start, head));
        words[head] = h.form;
        for (int i = start; i < head; i++) {
            words[i] = declineModifier(words[i], target, animate, h.gender, h.plural);
        }
        boolean endsDeclined = head == words.length - 1;
        if (head + 2 < words.length && (words[head + 1].equals("и") || words[head + 1].equals("или"))) {
            // «учебные предметы и курсы»: a second phrase joined to the head takes the same case.
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, head + 2, words.length));
            Declined second = declinePhrase(rest, target, animate);
            String[] declined = second.text.split(" ", -1);
            System.arraycopy(declined, 0, words, head + 2, Math.min(declined.length, words.length - head - 2));
            endsDeclined = second.endsDeclined;
        }
        return new Head(head, endsDeclined);
    }

    // ---- what each word is ---------------------------------------------------------------------------------

    private static boolean isLatin(String word) {
        return !word.isEmpty() && word.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch))
                && word.chars().anyMatch(Character::isLetter);
    }

    /** A Cyrillic word in lower or title case; not an abbreviation, a quoted name, a number or a shortening. */
    private static boolean isDeclinable(String word) {
        if (word.isEmpty() || word.startsWith("«") || word.endsWith(".") || word.contains("\"") || word.startsWith("-")
                || word.endsWith("-")) {
            return false;
        }
        boolean allUpper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return !allUpper && word.chars().allMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC
                || ch == '-');
    }

    private static boolean isAdverb(String word) {
        List<Morphology.Reading> readings = Morphology.analyse(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.pos().equals("ADV") || r.tag().startsWith("ADJ:Short"));
    }

    private static String lastPart(String word) {
        return word.substring(word.lastIndexOf('-') + 1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Morphology.RUSSIAN);
    }

    /** Nominative readings of an adjective or participle. */
    private static List<Morphology.Reading> adjectivalNominatives(String word) {
        List<Morphology.Reading> out = new ArrayList<>();
        for (Morphology.Reading r : Morphology.analyse(word)) {
            if (r.adjectival() && r.caseTag().equals("Nom")) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Morphology.Reading> nounNominatives(String word) {
        List<Morphology.Reading> out = new ArrayList<>();
        for (Morphology.Reading r : Morphology.analyse(word)) {
            if (r.noun() && (r.caseTag().equals("Nom") || r.caseTag().isEmpty())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Gender-or-number of a nominative form: Masc, Fem, Neut or PL. */
    private record Agreement(String gender, boolean plural) {
        boolean agrees(Agreement other) {
            return plural == other.plural && (plural || gender.isEmpty() || other.gender.isEmpty()
                    || gender.equals(other.gender));
        }
    }

    private static List<Agreement> modifierAgreements(String word) {
        String part = lastPart(word);
        List<Agreement> out = new ArrayList<>();
        for (Morphology.Reading r : adjectivalNominatives(part)) {
            out.add(new Agreement(r.gender(), r.plural()));
        }
        if (out.isEmpty()) {
            String w = lower(part);
            List<Morphology.Reading> nouns = nounNominatives(part);
            if ((nouns.isEmpty() || Character.isUpperCase(part.charAt(0))) && !isObliqueForm(part)) {
                // Not in the dictionary as an adjective, but shaped like one: a coined term, or a place name such
                // as Набережные (known only as the plural of «набережная»); not a form the dictionary knows in an
                // oblique case («заведующий Учебной частью»).
                if (DeclensionRules.isPluralAdjective(w) && (nouns.isEmpty() || nouns.stream().anyMatch(Morphology.Reading::plural))) {
                    out.add(new Agreement("", true));
                } else if (nouns.isEmpty() && DeclensionRules.isAdjective(w)) {
                    out.add(new Agreement(w.endsWith("ая") || w.endsWith("яя") ? "Fem"
                            : w.endsWith("ое") || w.endsWith("ее") ? "Neut" : "Masc", false));
                }
            }
        }
        return out;
    }

    private static List<Agreement> nominalAgreements(String word) {
        String[] parts = word.split("-");
        List<Agreement> out = new ArrayList<>();
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            for (Morphology.Reading r : Morphology.analyse(part)) {
                if ((r.noun() || r.adjectival()) && (r.caseTag().equals("Nom") || r.noun() && r.caseTag().isEmpty())) {
                    out.add(new Agreement(r.gender(), r.plural()));
                }
            }
        }
        boolean unknown = Morphology.analyse(parts[0]).isEmpty() && Morphology.analyse(lastPart(word)).isEmpty();
        if (out.isEmpty() && (unknown || Character.isUpperCase(word.charAt(0)) && !isObliqueForm(lastPart(word)))) {
            // A word the dictionary does not know as a nominative (a rare place name: Старая Русса, a coined
            // adjective: общеразвивающие): an adjective or a noun by its ending. A capital does not make a
            // nominative of a form the dictionary knows only in an oblique case: «заведующий Учреждением»,
            // «заведующий Структурным подразделением» govern the instrumental, as the verb заведовать does.
            out.addAll(modifierAgreements(word));
            if (out.isEmpty()) {
                out.add(new Agreement(ruleGender(lastPart(word)), false));
            }
        }
        return out;
    }

    /**
     * A form the dictionary knows only in an oblique case, so no nominative however it is written: an adjective or
     * participle in any case but the nominative («Учебной»: the dictionary has its nominative, «учебный»), a noun in
     * the dative, instrumental or prepositional, which no nominative ends as. A noun's genitive or accusative in -а,
     * -я is not taken for one, as it is shaped like a feminine nominative (Старая Русса, whose second word is also
     * the genitive of «русс»).
     */
    private static boolean isObliqueForm(String word) {
        List<Morphology.Reading> readings = Morphology.analyse(word).stream()
                .filter(r -> r.noun() || r.adjectival()).toList();
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.adjectival()
                ? !r.caseTag().isEmpty() && !r.caseTag().equals("Nom")
                : r.caseTag().equals("D") || r.caseTag().equals("T") || r.caseTag().equals("P"));
    }

    /**
     * A word is a modifier when it reads as a nominative adjective or participle and the next word is a nominative
     * that agrees with it: «Управляющий совет», but «заведующий хозяйством» (the next word is instrumental).
     */
    private static boolean isModifier(String[] words, int i) {
        if (i + 1 >= words.length || !isDeclinable(words[i + 1])) {
            return false;
        }
        List<Agreement> mine = modifierAgreements(words[i]);
        if (mine.isEmpty()) {
            return false;
        }
        for (Agreement a : mine) {
            for (Agreement b : nominalAgreements(words[i + 1])) {
                if (a.agrees(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number the modifiers show («Великие» is plural), to choose the head's reading by; null if none. */
    private static Boolean modifierNumber(String[] words, int start, int head) {
        for (int i = start; i < head; i++) {
            List<Agreement> a = modifierAgreements(words[i]);
            if (!a.isEmpty() && a.stream().allMatch(x -> x.plural == a.get(0).plural)) {
                return a.get(0).plural;
            }
        }
        return null;
    }

    private static String ruleGender(String word) {
        return switch (DeclensionRules.nounKind(word)) {
            case FEM_A, FEM_JA, FEM_IJA, FEM_SOFT -> "Fem";
            case NEUT_O, NEUT_IE, NEUT_E -> "Neut";
            default -> "Masc";
        };
    }

    // ---- the head ------------------------------------------------------------------------------------------

    private record Inflected(String form, String gender, boolean plural) {
    }

    private static Inflected declineHead(String word, GrammaticalCase c, boolean animate, Boolean plural) {
        String[] parts = word.split("-", -1);
        if (parts.length == 1) {
            return declineNoun(word, c, animate, plural);
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (PREPOSITIONS.contains(parts[i])) {
                // Ростов-на-Дону, Комсомольск-на-Амуре: the first part declines, the rest is a fixed tail.
                Inflected first = declineNoun(parts[0], c, animate, plural);
                parts[0] = first.form;
                return new Inflected(String.join("-", parts), first.gender, first.plural);
            }
        }
        if (parts.length == 2 && lower(word).matches(".*(ов|ев|ин|ын)о-.*(ов|ев|ин|ын)о")) {
            // Орехово-Зуево → Орехова-Зуева: both parts decline, as each would alone.
            return new Inflected(declineNoun(parts[0], c, animate, plural).form + "-"
                    + declineNoun(parts[1], c, animate, plural).form, "Neut", false);
        }
        if (parts.length == 2 && FIXED_FIRST_PARTS.contains(lower(parts[0]))) {
            // шеф-повар, вице-президент: the first part never declines.
            Inflected last = declineNoun(parts[1], c, animate, plural);
            return new Inflected(parts[0] + "-" + last.form, last.gender, last.plural);
        }
        if (parts.length == 2) {
            Morphology.Reading firstNoun = bestNoun(parts[0], animate, plural);
            if (firstNoun != null && !firstNoun.caseTag().isEmpty() && !firstNoun.personal()) {
                Inflected first = declineNoun(parts[0], c, animate, plural);
                if (!adjectivalNominatives(parts[1]).isEmpty()) {
                    // Петропавловск-Камчатский: the adjective agrees with the noun before it.
                    return new Inflected(first.form + "-" + declineModifier(parts[1], c, animate, first.gender,
                            first.plural), first.gender, first.plural);
                }
                Morphology.Reading secondNoun = bestNoun(parts[1], animate, plural);
                if (secondNoun != null && !secondNoun.caseTag().isEmpty()) {
                    // педагог-организатор, учитель-логопед: two nouns, each in the case.
                    Inflected second = declineNoun(parts[1], c, animate, plural);
                    return new Inflected(first.form + "-" + second.form, first.gender, first.plural);
                }
            }
        }
        // Йошкар-Ола, Санкт-Петербург, Улан-Удэ: the first parts are fixed, the last one declines (or not).
        Inflected last = declineNoun(parts[parts.length - 1], c, animate, plural);
        parts[parts.length - 1] = last.form;
        return new Inflected(String.join("-", parts), last.gender, last.plural);
    }

    private static Morphology.Reading bestNoun(String word, boolean animate, Boolean plural) {
        Morphology.Reading best = null;
        int bestScore = Integer.MIN_VALUE;
        String lower = lower(word);
        String preferred = TOPONYM_LEMMAS.get(lower);
        for (Morphology.Reading r : nounNominatives(word)) {
            int score = 0;
            if (!r.personal()) {
                score += 32;
            }
            if (plural != null && r.plural() == plural) {
                score += 16;
            }
            if (r.animate() == animate) {
                score += 8;
            }
            if (r.lemma().equals(lower) || r.lemma().equals(preferred)) {
                score += 4;
            }
            if (!r.caseTag().isEmpty()) {
                score += 2;
            }
            if (r.gender().equals("Masc")) {
                score += 1; // Анадырь is read both ways; a place name in -ь of either gender is more often masculine
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    private static Inflected declineNoun(String word, GrammaticalCase c, boolean animate, Boolean plural) {
        String lower = lower(word);
        Morphology.Reading r = bestNoun(word, animate, plural);
        if (r == null) {
            // Not a noun the dictionary knows: a substantivised adjective (ответственный, дежурная), or an unknown word.
            List<Morphology.Reading> adjectives = adjectivalNominatives(word);
            if (!adjectives.isEmpty() || DeclensionRules.isAdjective(lower)) {
                Agreement a = adjectives.isEmpty() ? modifierAgreements(word).get(0)
                        : new Agreement(adjectives.get(0).gender(), adjectives.get(0).plural());
                return new Inflected(declineModifier(word, c, animate, a.gender, a.plural), a.gender, a.plural);
            }
            return new Inflected(DeclensionRules.declineNoun(word, DeclensionRules.nounKind(word), c, animate),
                    ruleGender(word), false);
        }
        if (r.caseTag().isEmpty()) {
            if (Character.isUpperCase(word.charAt(0)) && lower.matches(".*(ов|ев|ёв|ин|ын)о")) {
                // Кстово, Иваново: the literary norm declines them (в Кстове), colloquial usage does not.
                return new Inflected(DeclensionRules.declineNoun(word, DeclensionRules.WordKind.NEUT_O, c, animate),
                        "Neut", false);
            }
            return new Inflected(word, r.gender(), r.plural());
        }
        String form;
        boolean firstDeclension = lower.endsWith("а") || lower.endsWith("я");
        boolean masculineOrPlural = r.plural() || (r.gender().equals("Masc") || r.gender().isEmpty()) && !firstDeclension;
        if (r.personal() && !animate && c == GrammaticalCase.INSTRUMENTAL && lower.matches(".*(ов|ев|ёв|ин|ын)")) {
            // A town known to the dictionary only as a surname: Королёв → Королёвом, not Королёвым.
            return new Inflected(word + "ом", r.gender(), false);
        }
        if (c == GrammaticalCase.ACCUSATIVE && masculineOrPlural) {
            // The phrase, not the dictionary, says whether a person is meant: the city of Орёл is not the bird.
            form = animate ? synthesise(r.lemma(), r.paradigm() + ":R", word) : word;
        } else {
            form = synthesise(r.lemma(), r.paradigm() + ":" + caseTag(c), word);
        }
        if (form == null) {
            form = DeclensionRules.declineNoun(word, DeclensionRules.nounKind(word), c, animate);
        }
        return new Inflected(form, r.gender(), r.plural());
    }

    // ---- modifiers ---------------------------------------------------------------------------------------------

    private static String declineModifier(String word, GrammaticalCase c, boolean animate, String gender, boolean plural) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0) {
            // научно-методический, Ханты-Мансийский: only the last part declines.
            return word.substring(0, hyphen + 1) + declineModifier(word.substring(hyphen + 1), c, animate, gender, plural);
        }
        String slot = plural ? "PL" : gender.isEmpty() ? "Masc" : gender;
        String caseTag = caseTag(c);
        if (c == GrammaticalCase.ACCUSATIVE && (plural || slot.equals("Masc"))) {
            if (!animate) {
                return word;
            }
            caseTag = "R";
        }
        List<Morphology.Reading> readings = adjectivalNominatives(word);
        for (Morphology.Reading r : readings) {
            if (r.plural() == plural && (plural || r.gender().equals(slot))) {
                String form = synthesise(r.lemma(), r.adjectiveStem() + ":" + slot + ":" + caseTag, word);
                if (form != null) {
                    return form;
                }
            }
        }
        if (readings.isEmpty() && !DeclensionRules.isAdjective(lower(word)) && !DeclensionRules.isPluralAdjective(lower(word))) {
            return word;
        }
        return DeclensionRules.declineAdjective(word, c, animate);
    }

    // ---- forms -------------------------------------------------------------------------------------------------

    private static String caseTag(GrammaticalCase c) {
        return switch (c) {
            case NOMINATIVE -> "Nom";
            case GENITIVE -> "R";
            case DATIVE -> "D";
            case ACCUSATIVE -> "V";
            case INSTRUMENTAL -> "T";
            case PREPOSITIONAL -> "P";
        };
    }

    /**
     * The form of {@code lemma} with {@code tag}, in the letter case and ё-spelling of {@code original}; where the
     * dictionary has variants, the one modern usage prefers (краевой, not краевою).
     */
    private static String synthesise(String lemma, String tag, String original) {
        List<String> forms = Morphology.synthesise(lemma, tag);
        if (forms.isEmpty()) {
            return null;
        }
        String form = forms.get(0);
        boolean prepositional = tag.endsWith(":P");
        int best = Integer.MIN_VALUE;
        for (String f : forms) {
            // Not the bookish instrumental (краевою). The prepositional is the form after «в» and «на»: the
            // locative in -у where written usage requires it (в детском саду, в учебном году, в Крыму), the
            // ordinary form elsewhere (в доме, в Пермском крае — so the names of federal subjects read in law).
            int score = f.endsWith("ою") || f.endsWith("ею") || f.endsWith("ёю") ? -2 : 0;
            if (prepositional && (f.endsWith("у") || f.endsWith("ю"))) {
                score += LOCATIVES.contains(lemma) ? 1 : -1;
            }
            if (score > best) {
                form = f;
                best = score;
            }
        }
        if (lemma.indexOf('ё') >= 0 && original.indexOf('ё') < 0 && original.indexOf('Ё') < 0) {
            // The profile writes е for ё (Орел, приемная): its forms follow that spelling.
            form = form.replace('ё', 'е');
        }
        int yo = original.toLowerCase(Morphology.RUSSIAN).indexOf('ё');
        if (yo >= 0 && yo < form.length() && form.charAt(yo) == 'е'
                && form.substring(0, yo).equals(original.toLowerCase(Morphology.RUSSIAN).substring(0, yo))) {
            // The profile writes ё where the dictionary's lemma does not (вахтёр): its forms keep it.
            form = form.substring(0, yo) + 'ё' + form.substring(yo + 1);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }
}
