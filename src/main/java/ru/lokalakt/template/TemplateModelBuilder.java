package ru.lokalakt.template;

import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.Schema;
import ru.lokalakt.russian.Gender;
import ru.lokalakt.russian.GrammaticalCase;
import ru.lokalakt.russian.PersonName;
import ru.lokalakt.russian.PhraseDecliner;
import ru.lokalakt.russian.RussianDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a profile into what templates see: plain hashes, sequences, strings and booleans only, with every form a
 * sentence needs already computed, so that templates hold text and never grammar:
 * <ul>
 *   <li>a map with {@code surname} is a person: {@code short.dat} «Титовой А. А.», {@code signature} «А. А. Титова»,
 *       {@code full.gen}, {@code position.dat} «заместителю директора по УВР»;</li>
 *   <li>a map with {@code nom}, or a string where the schema expects a phrase (or a person's position), is a
 *       phrase in six cases ({@code nom … pre}); forms written in the profile win;</li>
 *   <li>a string YYYY-MM-DD is a date: {@code numeric} 02.02.2024, {@code quoted} «02» февраля 2024 г.,
 *       {@code text} 2 февраля 2024 года, {@code year}.</li>
 * </ul>
 */
public final class TemplateModelBuilder {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Profile profile;

    private TemplateModelBuilder(Profile profile) {
        this.profile = profile;
    }

    public static Map<String, Object> build(Profile profile) {
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) new TemplateModelBuilder(profile).value(profile.data(), "", "");
        return model;
    }

    private Object value(Object value, String key, String path) {
        if (BlankModel.isBlank(value)) {
            return new BlankModel((String) value);
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.containsKey("surname")) {
                return person(m, path);
            }
            if (m.containsKey("nom")) {
                return phrase(m, path, Boolean.TRUE.equals(m.get("animate")) || key.equals("position"));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.put(e.getKey(), value(e.getValue(), e.getKey(), join(path, e.getKey())));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(value(list.get(i), key, join(path, String.valueOf(i))));
            }
            return out;
        }
        if (value instanceof String s) {
            if (key.equals("position") || Schema.at(path) instanceof Schema.Phrase) {
                return phrase(Map.of("nom", s), path, key.equals("position"));
            }
            if (ISO_DATE.matcher(s).matches()) {
                return date(s, path);
            }
        }
        return value;
    }

    private Map<String, Object> phrase(Map<String, Object> given, String path, boolean animate) {
        Object nom = given.get("nom");
        if (!(nom instanceof String nominative) || nominative.isBlank()) {
            throw new ProfileException(profile.locationOf(join(path, "nom")), join(path, "nom"),
                    "нужна форма именительного падежа");
        }
        Map<String, Object> out = new LinkedHashMap<>(given);
        Map<GrammaticalCase, String> computed = PhraseDecliner.forms(nominative, animate);
        for (GrammaticalCase c : GrammaticalCase.values()) {
            out.putIfAbsent(c.key(), computed.get(c));
        }
        return out;
    }

    private Map<String, Object> person(Map<String, Object> m, String path) {
        String surname = text(m, "surname", path);
        String genderText = text(m, "gender", path);
        Gender gender = switch (genderText) {
            case "female", "ж", "женский" -> Gender.FEMALE;
            case "male", "м", "мужской" -> Gender.MALE;
            default -> throw new ProfileException(profile.locationOf(join(path, "gender")), join(path, "gender"),
                    "пол «" + genderText + "» не распознан: female или male");
        };
        if (m.get("first_name") == null && m.get("initials") == null) {
            throw new ProfileException(profile.locationOf(path), path, "нужны first_name и patronymic или initials");
        }
        Map<GrammaticalCase, String> surnameForms = new EnumMap<>(GrammaticalCase.class);
        if (m.get("surname_forms") instanceof Map<?, ?> forms) {
            forms.forEach((k, v) -> {
                GrammaticalCase c = GrammaticalCase.fromKey(String.valueOf(k));
                if (c == null) {
                    throw new ProfileException(profile.locationOf(join(path, "surname_forms." + k)),
                            join(path, "surname_forms"), "неизвестный падеж «" + k + "»: nom, gen, dat, acc, ins, pre");
                }
                surnameForms.put(c, String.valueOf(v));
            });
        }
        PersonName name = new PersonName(surname, (String) m.get("first_name"), (String) m.get("patronymic"),
                (String) m.get("initials"), gender, surnameForms);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.put(e.getKey(), value(e.getValue(), e.getKey(), join(path, e.getKey())));
        }
        Map<String, Object> shortForms = new LinkedHashMap<>();
        Map<String, Object> fullForms = new LinkedHashMap<>();
        for (GrammaticalCase c : GrammaticalCase.values()) {
            shortForms.put(c.key(), name.surnameInitials(c));
            fullForms.put(c.key(), name.full(c));
        }
        out.put("short", shortForms);
        out.put("full", fullForms);
        out.put("signature", name.initialsSurname());
        out.put("female", gender == Gender.FEMALE);
        return out;
    }

    private String text(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new ProfileException(profile.locationOf(join(path, key)), join(path, key), "обязательное поле не заполнено");
        }
        return s;
    }

    private Map<String, Object> date(String iso, String path) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                    Integer.parseInt(iso.substring(8, 10)));
        } catch (DateTimeException e) {
            throw new ProfileException(profile.locationOf(path), path, "такой даты нет: " + iso.substring(8, 10) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iso", iso);
        out.put("numeric", RussianDates.numeric(date));
        out.put("quoted", RussianDates.quoted(date));
        out.put("text", RussianDates.text(date));
        out.put("year", String.valueOf(date.getYear()));
        return out;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
