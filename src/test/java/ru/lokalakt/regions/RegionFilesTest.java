package ru.lokalakt.regions;

import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.russian.GrammaticalCase;
import ru.lokalakt.russian.PhraseDecliner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled regions: every subject of the Russian Federation named in article 65 of the Constitution, each once,
 * with its education authority, no hand-written case forms, and every name declined as official texts decline it.
 */
class RegionFilesTest {
    static final Path REGIONS = Examples.PROFILES.resolve("regions");

    /** The subjects as article 65 lists them (in the 2022 wording), with «—» for the hyphen between two names. */
    static final Set<String> ARTICLE_65 = Set.of(
            "Республика Адыгея (Адыгея)", "Республика Алтай", "Республика Башкортостан", "Республика Бурятия",
            "Республика Дагестан", "Донецкая Народная Республика", "Республика Ингушетия",
            "Кабардино-Балкарская Республика", "Республика Калмыкия", "Карачаево-Черкесская Республика",
            "Республика Карелия", "Республика Коми", "Республика Крым", "Луганская Народная Республика",
            "Республика Марий Эл", "Республика Мордовия", "Республика Саха (Якутия)",
            "Республика Северная Осетия — Алания", "Республика Татарстан (Татарстан)", "Республика Тыва",
            "Удмуртская Республика", "Республика Хакасия", "Чеченская Республика", "Чувашская Республика — Чувашия",
            "Алтайский край", "Забайкальский край", "Камчатский край", "Краснодарский край", "Красноярский край",
            "Пермский край", "Приморский край", "Ставропольский край", "Хабаровский край",
            "Амурская область", "Архангельская область", "Астраханская область", "Белгородская область",
            "Брянская область", "Владимирская область", "Волгоградская область", "Вологодская область",
            "Воронежская область", "Запорожская область", "Ивановская область", "Иркутская область",
            "Калининградская область", "Калужская область", "Кемеровская область — Кузбасс", "Кировская область",
            "Костромская область", "Курганская область", "Курская область", "Ленинградская область",
            "Липецкая область", "Магаданская область", "Московская область", "Мурманская область",
            "Нижегородская область", "Новгородская область", "Новосибирская область", "Омская область",
            "Оренбургская область", "Орловская область", "Пензенская область", "Псковская область",
            "Ростовская область", "Рязанская область", "Самарская область", "Саратовская область",
            "Сахалинская область", "Свердловская область", "Смоленская область", "Тамбовская область",
            "Тверская область", "Томская область", "Тульская область", "Тюменская область", "Ульяновская область",
            "Херсонская область", "Челябинская область", "Ярославская область",
            "Москва", "Санкт-Петербург", "Севастополь",
            "Еврейская автономная область",
            "Ненецкий автономный округ", "Ханты-Мансийский автономный округ — Югра", "Чукотский автономный округ",
            "Ямало-Ненецкий автономный округ");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(REGIONS)) {
            return s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static Profile region(Path file) {
        return new ProfileLoader(Examples.PROFILES).load(file);
    }

    @Test
    void everySubjectOfArticle65IsBundledOnce() throws IOException {
        assertEquals(89, ARTICLE_65.size());
        List<String> names = new ArrayList<>();
        for (Path f : files()) {
            names.add(String.valueOf(region(f).get("region.name.nom")));
        }
        assertEquals(new TreeSet<>(ARTICLE_65), new TreeSet<>(names));
        assertEquals(89, names.size(), "one file a subject");
    }

    @Test
    void filesNameTheirSourcesCarryNoCaseFormsAndPassTheSchema() throws IOException {
        for (Path f : files()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("# Наименование субъекта — ")), f + ": says where the name comes from");
            assertTrue(text.lines().anyMatch(l -> l.startsWith("# Орган управления образованием — ")),
                    f + ": says where the authority's name comes from");
            for (String key : List.of("gen:", "dat:", "acc:", "ins:", "pre:")) {
                assertFalse(text.contains(key), f + " writes a case form by hand: " + key);
            }
            Profile p = region(f);
            assertTrue(p.get("region.ministry.nom") instanceof String, f + ": an education authority");
            for (String issue : ProfileValidator.problems(p)) {
                assertFalse(issue.contains("region."), f + ": " + issue);
            }
        }
    }

    @Test
    void unsureEntriesAreFlaggedAndTheirFilesSaySo() throws IOException {
        int flagged = 0;
        for (Path f : files()) {
            List<Object> unsure = Profile.asList(region(f).get("region.unverified"));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!unsure.isEmpty()) {
                flagged++;
                assertTrue(text.contains("не проверено") || text.contains("не сверен"), f + ": the comment says what is unsure");
            }
            Object system = region(f).get("region.information_system");
            if (system != null && region(f).get("region.information_system.since") == null) {
                assertTrue(unsure.contains("information_system"), f + ": a system without a dated source is flagged");
                assertFalse(Boolean.TRUE.equals(region(f).get("region.information_system.linked")),
                        f + ": no link to Sferum is claimed without the date the system started");
            }
        }
        assertTrue(flagged > 0 && flagged < 89, "some entries are sure, some are not: " + flagged);
    }

    // ---- cases ----

    private static String form(String phrase, GrammaticalCase c) {
        return PhraseDecliner.decline(phrase, c, false);
    }

    /** Representative names with the forms laws and official letters use (gen, dat, ins, pre). */
    static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("Республика Саха (Якутия)", List.of("Республики Саха (Якутия)", "Республике Саха (Якутия)",
                "Республикой Саха (Якутия)", "Республике Саха (Якутия)"));
        KNOWN.put("Республика Адыгея (Адыгея)", List.of("Республики Адыгея (Адыгея)", "Республике Адыгея (Адыгея)",
                "Республикой Адыгея (Адыгея)", "Республике Адыгея (Адыгея)"));
        KNOWN.put("Республика Марий Эл", List.of("Республики Марий Эл", "Республике Марий Эл", "Республикой Марий Эл",
                "Республике Марий Эл"));
        KNOWN.put("Республика Северная Осетия — Алания", List.of("Республики Северная Осетия — Алания",
                "Республике Северная Осетия — Алания", "Республикой Северная Осетия — Алания",
                "Республике Северная Осетия — Алания"));
        KNOWN.put("Чувашская Республика — Чувашия", List.of("Чувашской Республики — Чувашии",
                "Чувашской Республике — Чувашии", "Чувашской Республикой — Чувашией", "Чувашской Республике — Чувашии"));
        KNOWN.put("Кабардино-Балкарская Республика", List.of("Кабардино-Балкарской Республики",
                "Кабардино-Балкарской Республике", "Кабардино-Балкарской Республикой", "Кабардино-Балкарской Республике"));
        KNOWN.put("Донецкая Народная Республика", List.of("Донецкой Народной Республики", "Донецкой Народной Республике",
                "Донецкой Народной Республикой", "Донецкой Народной Республике"));
        KNOWN.put("Кемеровская область — Кузбасс", List.of("Кемеровской области — Кузбасса",
                "Кемеровской области — Кузбассу", "Кемеровской областью — Кузбассом", "Кемеровской области — Кузбассе"));
        KNOWN.put("Ханты-Мансийский автономный округ — Югра", List.of("Ханты-Мансийского автономного округа — Югры",
                "Ханты-Мансийскому автономному округу — Югре", "Ханты-Мансийским автономным округом — Югрой",
                "Ханты-Мансийском автономном округе — Югре"));
        KNOWN.put("Ямало-Ненецкий автономный округ", List.of("Ямало-Ненецкого автономного округа",
                "Ямало-Ненецкому автономному округу", "Ямало-Ненецким автономным округом", "Ямало-Ненецком автономном округе"));
        KNOWN.put("Еврейская автономная область", List.of("Еврейской автономной области", "Еврейской автономной области",
                "Еврейской автономной областью", "Еврейской автономной области"));
        KNOWN.put("Москва", List.of("Москвы", "Москве", "Москвой", "Москве"));
        KNOWN.put("Санкт-Петербург", List.of("Санкт-Петербурга", "Санкт-Петербургу", "Санкт-Петербургом", "Санкт-Петербурге"));
        KNOWN.put("Севастополь", List.of("Севастополя", "Севастополю", "Севастополем", "Севастополе"));
        KNOWN.put("Забайкальский край", List.of("Забайкальского края", "Забайкальскому краю", "Забайкальским краем",
                "Забайкальском крае"));
        KNOWN.put("Республика Тыва", List.of("Республики Тыва", "Республике Тыва", "Республикой Тыва", "Республике Тыва"));
        KNOWN.put("министерство образования Кузбасса", List.of("министерства образования Кузбасса",
                "министерству образования Кузбасса", "министерством образования Кузбасса", "министерстве образования Кузбасса"));
        KNOWN.put("комитет по образованию Санкт-Петербурга", List.of("комитета по образованию Санкт-Петербурга",
                "комитету по образованию Санкт-Петербурга", "комитетом по образованию Санкт-Петербурга",
                "комитете по образованию Санкт-Петербурга"));
        KNOWN.put("департамент образования и науки Ханты-Мансийского автономного округа — Югры", List.of(
                "департамента образования и науки Ханты-Мансийского автономного округа — Югры",
                "департаменту образования и науки Ханты-Мансийского автономного округа — Югры",
                "департаментом образования и науки Ханты-Мансийского автономного округа — Югры",
                "департаменте образования и науки Ханты-Мансийского автономного округа — Югры"));
        KNOWN.put("министерство просвещения, науки и по делам молодёжи Кабардино-Балкарской Республики", List.of(
                "министерства просвещения, науки и по делам молодёжи Кабардино-Балкарской Республики",
                "министерству просвещения, науки и по делам молодёжи Кабардино-Балкарской Республики",
                "министерством просвещения, науки и по делам молодёжи Кабардино-Балкарской Республики",
                "министерстве просвещения, науки и по делам молодёжи Кабардино-Балкарской Республики"));
    }

    @Test
    void representativeNamesDeclineAsOfficialTextsDo() {
        List<GrammaticalCase> cases = List.of(GrammaticalCase.GENITIVE, GrammaticalCase.DATIVE,
                GrammaticalCase.INSTRUMENTAL, GrammaticalCase.PREPOSITIONAL);
        List<String> wrong = new ArrayList<>();
        KNOWN.forEach((nom, forms) -> {
            for (int i = 0; i < cases.size(); i++) {
                String got = form(nom, cases.get(i));
                if (!got.equals(forms.get(i))) {
                    wrong.add(nom + " " + cases.get(i).key() + ": " + got + " ≠ " + forms.get(i));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** The head word of an authority in its six forms: the rest of the name stays as written. */
    static final Map<String, List<String>> HEADS = Map.of(
            "министерство", List.of("министерство", "министерства", "министерству", "министерство", "министерством", "министерстве"),
            "департамент", List.of("департамент", "департамента", "департаменту", "департамент", "департаментом", "департаменте"),
            "комитет", List.of("комитет", "комитета", "комитету", "комитет", "комитетом", "комитете"),
            "управление", List.of("управление", "управления", "управлению", "управление", "управлением", "управлении"));

    @Test
    void everyAuthorityDeclinesItsHeadWordOnly() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : files()) {
            String ministry = String.valueOf(region(f).get("region.ministry.nom"));
            String head = ministry.substring(0, ministry.indexOf(' '));
            String rest = ministry.substring(head.length());
            List<String> heads = HEADS.get(head);
            if (heads == null) {
                wrong.add(f.getFileName() + ": unknown kind of authority «" + head + "»");
                continue;
            }
            for (GrammaticalCase c : GrammaticalCase.values()) {
                String expected = heads.get(c.ordinal()) + rest;
                String got = form(ministry, c);
                if (!got.equals(expected)) {
                    wrong.add(f.getFileName() + " " + c.key() + ": " + got + " ≠ " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every subject's name in six forms: a generic word (республика, область, край, округ) declines with the
     * adjectives before it, a proper name after «Республика» stays as written, and a second name after a dash
     * declines with the first (Кузбасса, Чувашии, Югры).
     */
    @Test
    void everySubjectNameDeclinesByItsClass() throws IOException {
        Map<String, List<String>> generic = Map.of(
                "область", List.of("область", "области", "области", "область", "областью", "области"),
                "край", List.of("край", "края", "краю", "край", "краем", "крае"),
                "округ", List.of("округ", "округа", "округу", "округ", "округом", "округе"),
                "Республика", List.of("Республика", "Республики", "Республике", "Республику", "Республикой", "Республике"));
        List<String> wrong = new ArrayList<>();
        for (Path f : files()) {
            String name = String.valueOf(region(f).get("region.name.nom"));
            String plain = name.replaceFirst(" — .*", "");
            for (GrammaticalCase c : GrammaticalCase.values()) {
                String got = form(name, c);
                String head = generic.keySet().stream().filter(g -> (" " + plain + " ").contains(" " + g + " ")).findFirst().orElse(null);
                if (head == null) {
                    continue; // the cities: in KNOWN
                }
                String headForm = generic.get(head).get(c.ordinal());
                if (!got.contains(headForm)) {
                    wrong.add(name + " " + c.key() + ": " + got + " lacks «" + headForm + "»");
                }
                if (plain.startsWith("Республика ") && !got.equals(headForm + name.substring("Республика".length()))) {
                    wrong.add(name + " " + c.key() + ": " + got + " — the name after «Республика» stays as written");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
