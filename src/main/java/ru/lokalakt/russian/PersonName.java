package ru.lokalakt.russian;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's name and the forms sentences need. Declension follows the petrovich rules, corrected where they are
 * known to fail: surnames that Russian grammar leaves undeclined (-ых/-их, -ко, vowels other than -а/-я, women's
 * surnames ending in a consonant) and double surnames, whose parts decline one by one. Explicit forms given in a
 * profile win over every rule.
 */
public final class PersonName {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Petrovich PETROVICH = new Petrovich();
    private static final char NBSP = '\u00A0';

    private final String surname;
    private final String firstName;
    private final String patronymic;
    private final String initials;
    private final Gender gender;
    private final Map<GrammaticalCase, String> surnameOverrides;

    public PersonName(String surname, String firstName, String patronymic, String initials, Gender gender,
                      Map<GrammaticalCase, String> surnameOverrides) {
        this.surname = Objects.requireNonNull(surname);
        this.firstName = firstName;
        this.patronymic = patronymic;
        this.gender = Objects.requireNonNull(gender);
        this.initials = initials != null ? normaliseInitials(initials) : initialsOf(firstName, patronymic);
        this.surnameOverrides = Map.copyOf(surnameOverrides);
    }

    /** «Титовой А. А.»: surname first, as running text names a person. */
    public String surnameInitials(GrammaticalCase c) {
        return initials.isEmpty() ? surname(c) : surname(c) + NBSP + initials;
    }

    /** «А. А. Титова»: initials first, as a signature is written. */
    public String initialsSurname() {
        return initials.isEmpty() ? surname : initials + NBSP + surname;
    }

    /** «Петровой Марины Александровны», or the short form when only initials are known. */
    public String full(GrammaticalCase c) {
        if (firstName == null) {
            return surnameInitials(c);
        }
        StringBuilder sb = new StringBuilder(surname(c)).append(' ').append(say(firstName, NameType.FirstName, c));
        if (patronymic != null) {
            sb.append(' ').append(say(patronymic, NameType.PatronymicName, c));
        }
        return sb.toString();
    }

    public String surname(GrammaticalCase c) {
        String override = surnameOverrides.get(c);
        if (override != null) {
            return override;
        }
        if (c == GrammaticalCase.NOMINATIVE) {
            return surname;
        }
        if (surname.contains("-")) {
            StringBuilder sb = new StringBuilder();
            String[] parts = surname.split("-");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append('-');
                }
                boolean particle = i < parts.length - 1 && FIXED_FIRST_PARTS.contains(parts[i].toLowerCase(RUSSIAN));
                sb.append(particle ? parts[i] : declineSurnamePart(parts[i], c));
            }
            return sb.toString();
        }
        return declineSurnamePart(surname, c);
    }

    /**
     * The first part of a double surname declines only when it is a surname itself (Петрова-Водкина); a part that
     * is not one keeps its form: Бонч-Бруевича, Сен-Симона, Абдул-Рахмана.
     */
    private static final Set<String> FIXED_FIRST_PARTS = Set.of("абд", "абдул", "абдуль", "абу", "аль", "бен", "бонч",
            "ван", "де", "ди", "дю", "ибн", "ла", "ле", "мак", "сен", "сент", "фон", "эль");

    private String declineSurnamePart(String part, GrammaticalCase c) {
        if (isIndeclinable(part)) {
            return part;
        }
        String s = part.toLowerCase(RUSSIAN);
        // Adjectival surnames decline as adjectives: petrovich gives «Осадчой» where Russian has «Осадчей».
        // Men's -ий is adjectival only after к, г, х and the hushing consonants (Достоевский, Горький); Гудзий is a noun.
        boolean adjectival = gender == Gender.FEMALE ? s.endsWith("ая") || s.endsWith("яя")
                : s.endsWith("ый") || s.endsWith("ой") || s.matches(".*[кгхжчшщ]ий");
        if (adjectival && DeclensionRules.isAdjective(s)) {
            return DeclensionRules.declineAdjective(part, c, true);
        }
        if (gender == Gender.MALE && s.endsWith("иец")) {
            // Коломиец → Коломийца: the vowel drops and и becomes й (petrovich gives «Коломица»).
            return ending(part.substring(0, part.length() - 3) + "ийц", c, "ем");
        }
        if (gender == Gender.MALE && s.endsWith("ец") && syllables(s) == 1) {
            // A one-syllable surname keeps its vowel, or nothing of it is left to recognise: Швец → Швеца.
            return ending(part, c, "ом");
        }
        return say(part, NameType.LastName, c);
    }

    private static String ending(String stem, GrammaticalCase c, String instrumental) {
        return switch (c) {
            case GENITIVE, ACCUSATIVE -> stem + "а";
            case DATIVE -> stem + "у";
            case INSTRUMENTAL -> stem + instrumental;
            case PREPOSITIONAL -> stem + "е";
            case NOMINATIVE -> stem;
        };
    }

    private static int syllables(String s) {
        int n = 0;
        for (char ch : s.toCharArray()) {
            if ("аеёиоуыэюя".indexOf(ch) >= 0) {
                n++;
            }
        }
        return n;
    }

    private boolean isIndeclinable(String part) {
        String s = part.toLowerCase(RUSSIAN);
        if (s.endsWith("ых") || s.endsWith("их") || s.endsWith("ко") || s.endsWith("аго") || s.endsWith("яго")) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if ("оеиуыэюё".indexOf(last) >= 0) {
            return true;
        }
        boolean consonantOrSoftSign = "бвгджзйклмнпрстфхцчшщь".indexOf(last) >= 0;
        return gender == Gender.FEMALE && consonantOrSoftSign;
    }

    private String say(String word, NameType type, GrammaticalCase c) {
        if (c == GrammaticalCase.NOMINATIVE) {
            return word;
        }
        com.github.petrovich4j.Gender g = gender == Gender.MALE
                ? com.github.petrovich4j.Gender.Male : com.github.petrovich4j.Gender.Female;
        return PETROVICH.say(word, type, g, petrovichCase(c));
    }

    private static Case petrovichCase(GrammaticalCase c) {
        return switch (c) {
            case GENITIVE -> Case.Genitive;
            case DATIVE -> Case.Dative;
            case ACCUSATIVE -> Case.Accusative;
            case INSTRUMENTAL -> Case.Instrumental;
            case PREPOSITIONAL -> Case.Prepositional;
            case NOMINATIVE -> throw new IllegalArgumentException("nominative needs no declension");
        };
    }

    /** «А.А.», «А. А.» and «А А» all become «А. А.» with a non-breaking space. */
    static String normaliseInitials(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String letter : raw.replace('.', ' ').trim().split("[\\s\u00A0]+")) {
            if (letter.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(NBSP);
            }
            sb.append(letter).append('.');
        }
        return sb.toString();
    }

    private static String initialsOf(String firstName, String patronymic) {
        StringBuilder sb = new StringBuilder();
        if (firstName != null && !firstName.isEmpty()) {
            sb.append(firstName.charAt(0)).append('.');
        }
        if (patronymic != null && !patronymic.isEmpty()) {
            sb.append(NBSP).append(patronymic.charAt(0)).append('.');
        }
        return sb.toString();
    }
}
