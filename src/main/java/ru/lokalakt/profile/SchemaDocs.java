package ru.lokalakt.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each field of {@link Schema#PROFILE} means, where it is usually written and an example value, in Russian.
 * Paths are dotted; {@code *} stands for any key of a map (staff) or any item of a list. The JSON Schema, the
 * README's field table, {@code lokalakt init} and the web form are all made from this table and the schema.
 */
public final class SchemaDocs {
    /** Where a field is usually written: the institution's own file, its region, its kind, or the common file. */
    public enum Where {
        INSTITUTION("организация"), REGION("регион"), KIND("вид"), COMMON("общий файл");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A field's meaning, its usual place, an example (null where an example would mislead) and, for a top-level
     * field a package adds, the heading of its section (else null).
     */
    public record Doc(String description, Where where, String example, String heading) {
        public Doc(String description, Where where, String example) {
            this(description, where, example, null);
        }
    }

    private static final Map<String, Doc> DOCS = new LinkedHashMap<>();
    /** Top-level sections: their Russian headings, in the order a secretary fills them in. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    private static void doc(String path, Where where, String description, String example) {
        DOCS.put(path, new Doc(description, where, example));
    }

    static {
        SECTIONS.put("kind", "Вид организации");
        SECTIONS.put("region", "Регион");
        SECTIONS.put("institution", "Организация");
        SECTIONS.put("head", "Руководитель");
        SECTIONS.put("staff", "Работники");
        SECTIONS.put("order", "Приказ");
        SECTIONS.put("amend", "Изменения в Положение");
        SECTIONS.put("approval", "Принятие Положения");
        SECTIONS.put("history", "Изменения в Положение");
        SECTIONS.put("polozhenie", "Положение");
        SECTIONS.put("signature", "Электронная подпись");
        SECTIONS.put("documents", "Оформление");
        SECTIONS.put("layout", "Оформление");
        SECTIONS.put("typography", "Оформление");
        SECTIONS.put("terms", "Терминология вида");
        SECTIONS.put("forbidden_terms", "Терминология вида");
        SECTIONS.put("extends", "Наследование");
        SECTIONS.put("id", "Организация");
        SECTIONS.put("model", "Организация");
        SECTIONS.put("packages", "Пакеты документов");

        Where I = Where.INSTITUTION, R = Where.REGION, K = Where.KIND, C = Where.COMMON;
        doc("extends", I, "путь или список путей к родительским профилям, относительно этого файла (для своих файлов; "
                + "вид и регион из поставки — полями kind и region)", "../regions/moya-oblast.yaml");
        doc("kind", I, "вид организации из поставки: school, kindergarten, college, dop (в файле вида — его сведения)", "school");
        doc("kind.id", K, "вид организации", "school");
        doc("kind.name", K, "вид организации словами", "общеобразовательная организация");
        doc("region", I, "регион из поставки или из своей папки regions (в файле региона — его сведения)", "kaluzhskaya-oblast");
        doc("region.name", R, "субъект Российской Федерации (фраза)", "Калужская область");
        doc("region.ministry", R, "орган управления образованием субъекта (фраза)", "министерство образования и науки Калужской области");
        doc("region.information_system", R, "региональная информационная система, если она есть", null);
        doc("region.information_system.short_name", R, "краткое название системы (фраза)", "РГИС «Моя школа»");
        doc("region.information_system.full_name", R, "полное название системы (фраза)",
                "региональная государственная информационная система «Региональный сегмент «Моя школа»»");
        doc("region.information_system.linked", R, "true: учётные записи Сферума связаны с системой", "true");
        doc("region.information_system.since", R, "с какого дня система работает: документ, датированный раньше, "
                + "не называет её", "2022-09-01");
        doc("region.legal_basis", R, "региональные акты: в списке оснований и в «на основании …» приказа", null);
        doc("region.model", R, "true: профиль региона даёт типовые документы", "false");
        doc("region.unverified", R, "сведения региона, не сверенные с первоисточником (name, ministry, information_system, "
                + "legal_basis): «lokalakt list» и форма просят их подтвердить", null);
        doc("id", I, "папка результата: латинские буквы, цифры, «-», «_», «.»", "shkola-1");
        doc("packages", I, "пакеты документов организации (папки templates/<пакет> с package.yaml); без этого поля — "
                + "пакеты по умолчанию", "[sferum]");
        doc("packages.*", I, "имя пакета документов", "sferum");
        doc("model", I, "true: типовые документы, недостающие сведения — пропуски с подсказками", "false");
        doc("institution", I, "сведения об организации", null);
        doc("institution.full_name", I, "полное наименование по уставу (фраза)",
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»");
        doc("institution.short_name", I, "сокращённое наименование по уставу (фраза)", "МБОУ «СОШ № 1»");
        doc("institution.superior", I, "вышестоящий орган над наименованием в приказе (фраза), если принято его указывать",
                "Управление образования администрации города Обнинска");
        doc("institution.city", I, "населённый пункт — место издания приказа (фраза)", "Обнинск");
        doc("institution.email", I, "адрес электронной почты организации", "school1@example.ru");
        doc("institution.website", I, "адрес официального сайта", "https://school1.example.ru");
        doc("institution.inn", I, "ИНН организации: 10 цифр, последняя — контрольная", "4025011114");
        doc("institution.kpp", I, "КПП организации: 9 цифр", "402501001");
        doc("institution.municipality", I, "муниципальное образование (фраза) — для заявки на регистрацию в Сферуме",
                "городской округ «Город Обнинск»");
        doc("institution.address", I, "почтовый адрес с индексом — для бланка письма",
                "249030, Калужская область, г. Обнинск, ул. Ленина, д. 1");
        doc("institution.phone", I, "телефон организации — для бланка письма", "8 (48439) 0-00-00");
        doc("institution.legal_basis", I, "акты самой организации для списка оснований", null);
        doc("head", I, "руководитель (лицо)", null);
        doc("staff", I, "работники (лица); на ключи ссылаются поля приказа", null);
        doc("staff.*", I, "работник: ключ — короткое имя латиницей (deputy, clerk), значение — лицо", null);
        doc("order", I, "приказ, утверждающий Положение", null);
        doc("order.date", I, "дата приказа", "2025-09-01");
        doc("order.number", I, "номер приказа", "101-од");
        doc("order.heading", C, "заголовок приказа", "Об использовании информационно-коммуникационной образовательной платформы «Сферум»");
        doc("order.control", I, "на кого возложен контроль: ключ в staff или self («оставляю за собой»)", "self");
        doc("order.executor", I, "отметка об исполнителе на приказах: ключ в staff (у работника нужен phone)", "clerk");
        doc("order.case_file", I, "номер дела для отметки «В дело»", "01-06");
        doc("order.case_clerk", I, "кто ставит отметку «В дело»: ключ в staff", "clerk");
        doc("amend", I, "приказ о внесении изменений в Положение (lokalakt amend): в профиле новой редакции", null);
        doc("amend.date", I, "дата приказа о внесении изменений", "2025-09-01");
        doc("amend.number", I, "номер приказа о внесении изменений", "115-од");
        doc("amend.heading", I, "заголовок приказа, если нужен не «О внесении изменений в Положение …»", "О внесении изменений в Положение об использовании ИКОП «Сферум»");
        doc("amend.reason", I, "причина изменений, продолжает «в связи с …»", "переходом учебного профиля Сферума в национальный мессенджер MAX");
        doc("amend.protocol_date", I, "дата заседания органа, который по действующему Положению принимает изменения "
                + "(его называет п. 1.7 действующей редакции)", "2025-08-29");
        doc("amend.protocol", I, "номер протокола о принятии изменений", "1");
        doc("amend.opinions", I, "чьё мнение учтено при принятии изменений (ч. 3 ст. 30 273-ФЗ): «с учётом мнения совета "
                + "родителей (протокол …)»", null);
        doc("amend.opinions.*.body", I, "чьё мнение учтено (фраза)", "совет родителей");
        doc("amend.opinions.*.date", I, "дата протокола", "2025-08-28");
        doc("amend.opinions.*.protocol", I, "номер протокола", "1");
        doc("history", I, "история редакций Положения; lokalakt amend дописывает её в профиль новой редакции сам, из "
                + "старого профиля", null);
        doc("history.adopted", I, "первая редакция: кем и когда принята", null);
        doc("history.adopted.body", I, "кто принял первую редакцию (фраза)", "педагогический совет");
        doc("history.adopted.date", I, "дата заседания", "2024-02-02");
        doc("history.adopted.protocol", I, "номер протокола", "6");
        doc("history.amendments", I, "приказы о внесении изменений, по порядку, последний — этой редакции", null);
        doc("history.amendments.*.date", I, "дата приказа о внесении изменений", "2025-09-01");
        doc("history.amendments.*.number", I, "номер приказа", "98-од");
        doc("history.amendments.*.body", I, "кто принял изменения (фраза)", "педагогический совет");
        doc("history.amendments.*.protocol_date", I, "дата заседания", "2025-08-28");
        doc("history.amendments.*.protocol", I, "номер протокола", "3");
        doc("approval", I, "как принято и утверждено Положение", null);
        doc("approval.form", C, "order: «УТВЕРЖДЕНО приказом …»; head: «УТВЕРЖДАЮ / Директор / подпись»", "order");
        doc("approval.body", C, "кто принял Положение (фраза)", "педагогический совет");
        doc("approval.date", I, "дата заседания", "2025-08-29");
        doc("approval.protocol", I, "номер протокола", "1");
        doc("approval.opinions", I, "чьё мнение учтено: «УЧТЕНО мнение совета родителей …»", null);
        doc("approval.opinions.*.body", I, "чьё мнение учтено (фраза)", "совет родителей");
        doc("approval.opinions.*.date", I, "дата протокола", "2025-08-28");
        doc("approval.opinions.*.protocol", I, "номер протокола", "1");
        doc("polozhenie", I, "реквизиты Положения", null);
        doc("polozhenie.number", I, "номер Положения", "04-01.18");
        doc("polozhenie.appendix", I, "не используется: Положение, утверждённое приказом, несёт один гриф «УТВЕРЖДЕНО "
                + "приказом …» и без отметки о приложении", "false");
        doc("polozhenie.running_header", I, "true: колонтитул со второй страницы — краткое название и «страница N из M»", "false");
        doc("signature", I, "подпись", null);
        doc("signature.electronic", I, "отметка об электронной подписи", null);
        doc("signature.electronic.certificate", I, "номер сертификата", "722671968566237128169706768058107758750791459340");
        doc("signature.electronic.owner", I, "владелец сертификата", "Петрова Марина Александровна");
        doc("signature.electronic.valid_from", I, "сертификат действует с", "2025-01-15");
        doc("signature.electronic.valid_to", I, "сертификат действует по", "2026-01-15");
        doc("terms", K, "терминология вида организации", null);
        doc("terms.alias", K, "как организация названа в тексте после «(далее — …)» (фраза)", "Учреждение");
        doc("terms.head", K, "должность руководителя (фраза)", "директор");
        doc("terms.head_governs", K, "в каком падеже должность руководителя управляет наименованием: gen — «директора "
                + "Учреждения», ins — «заведующего Учреждением»", "gen");
        doc("terms.word", K, "простое слово для организации в памятке родителям (фраза); без него — сокращённое наименование",
                "Школа");
        doc("terms.unit", K, "единица обучающихся (фраза)", "класс");
        doc("terms.units", K, "то же во множественном числе (фраза)", "классы");
        doc("terms.own_unit_gen", K, "«своего класса» — родительный падеж с «своего»", "своего класса");
        doc("terms.unit_leader", K, "кто ведёт единицу (фраза)", "классный руководитель");
        doc("terms.unit_leaders", K, "то же во множественном числе (фраза)", "классные руководители");
        doc("terms.learner", K, "обучающийся в единственном числе (фраза)", "обучающийся");
        doc("terms.learners", K, "обучающиеся (фраза)", "обучающиеся");
        doc("terms.minor_learners", K, "чьи родители участвуют в общении (фраза), если не все обучающиеся: "
                + "«несовершеннолетние студенты»", "несовершеннолетние студенты");
        doc("terms.subjects", K, "учебные предметы (фраза)", "учебные предметы");
        doc("terms.programmes", K, "образовательные программы, родительный падеж", "основных общеобразовательных программ");
        doc("terms.curriculum", K, "продолжает «при освоении всех учебных предметов …»: чему они принадлежат",
                "учебного плана и плана внеурочной деятельности");
        doc("forbidden_terms", K, "формы слов, которых не должно быть в документах вида (регулярные выражения)", null);
        doc("layout", C, "вёрстка", null);
        doc("layout.font_size", C, "кегль: 12, 13 или 14 пт", "14");
        doc("typography", C, "типографика", null);
        doc("typography.quotes", C, "typographic: «Лицей „ДЕРЖАВА“» (по умолчанию, Мильчин); same: «Лицей «ДЕРЖАВА»», если учреждение настаивает", "typographic");
        doc("documents", C, "оформление документов", null);
        doc("documents.gost", C, "редакция ГОСТ Р 7.0.97: 2025 (действует с 18.08.2025) или 2016", "2025");
        doc("documents.qr", I, "адрес папки документов на сайте: QR-код с адресом файла (только ГОСТ 2025)", "https://school1.example.ru/docs/");

        // A legal act, wherever a list of them stands: the same fields as an act a package declares.
        for (String list : new String[]{"institution.legal_basis", "region.legal_basis"}) {
            DOCS.putAll(actFields(list + ".*", DOCS.get(list).where()));
        }
    }

    /**
     * The form's label of a field where its description is not one (it starts by explaining its values, or the
     * form says it shorter), and a person's fields; a package's fields carry theirs in its manifest.
     */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    /** The hint printed in a blank of a model document, for the institution's own facts; packages add theirs. */
    private static final Map<String, String> BLANKS = new LinkedHashMap<>();

    private static void label(String path, String text) {
        LABELS.put(path, text);
    }

    private static void blank(String path, String hint) {
        BLANKS.put(path, hint);
    }

    static {
        label("order.control", "На кого возложен контроль");
        label("order.executor", "Исполнитель (отметка внизу приказа)");
        label("order.case_clerk", "Кто ставит отметку «В дело»");
        label("first_name", "Имя");
        label("initials", "Инициалы (вместо имени и отчества)");
        label("gender", "Пол (по нему склоняется фамилия)");
        label("approval.form", "Как утверждено Положение");
        label("polozhenie.running_header", "Колонтитул со второй страницы: краткое название и «страница N из M»");
        label("typography.quotes", "Кавычки внутри кавычек");
        label("layout.font_size", "Кегль");
        label("documents.gost", "Редакция ГОСТ Р 7.0.97");
        label("documents.qr", "Адрес папки документов на сайте (для QR-кода)");
        label("id", "Имя файла профиля и папки с документами");
        label("region.name", "Название региона");
        label("region.information_system.short_name", "Региональная информационная система: краткое название");
        label("region.information_system.full_name", "Её полное название");
        label("region.information_system.linked", "Учётные записи Сферума связаны с этой системой");
        label("region.information_system.since", "С какой даты система работает в регионе");
        label("phone", "Телефон");
        label("email", "Электронная почта");
        label("position", "Должность");
        label("surname", "Фамилия");
        label("patronymic", "Отчество");
        blank("institution.full_name", "полное наименование организации");
        blank("institution.short_name", "сокращённое наименование");
        blank("institution.city", "населённый пункт");
        blank("head", "инициалы, фамилия руководителя");
        blank("institution.inn", "ИНН");
        blank("institution.kpp", "КПП");
        blank("institution.municipality", "муниципальное образование");
        blank("institution.address", "почтовый адрес");
        blank("institution.phone", "телефон");
        blank("institution.email", "адрес электронной почты");
        blank("order.date", "дата");
        blank("order.number", "номер");
        blank("approval.date", "дата");
        blank("approval.protocol", "номер протокола");
    }

    /** The form's label of a core field (or a person's field: «surname»), or null. */
    public static String label(String path) {
        return LABELS.get(path);
    }

    /** The blanks of the institution's own facts and of a package's acts (order, approval), in order. */
    public static Map<String, String> blanks() {
        return java.util.Collections.unmodifiableMap(BLANKS);
    }

    /** The fields of a person, with their meaning and an example. */
    public static final Map<String, Doc> PERSON = new LinkedHashMap<>();

    static {
        Where I = Where.INSTITUTION;
        PERSON.put("surname", new Doc("фамилия", I, "Иванова"));
        PERSON.put("first_name", new Doc("имя (или initials)", I, "Мария"));
        PERSON.put("patronymic", new Doc("отчество", I, "Петровна"));
        PERSON.put("initials", new Doc("инициалы вместо имени и отчества", I, "М. П."));
        PERSON.put("gender", new Doc("пол: female или male — по нему склоняется фамилия", I, "female"));
        PERSON.put("position", new Doc("должность (фраза)", I, "заместитель директора по учебно-воспитательной работе"));
        PERSON.put("phone", new Doc("телефон (у администратора Сферума — мобильный)", I, "+7 900 000-00-00"));
        PERSON.put("email", new Doc("адрес электронной почты", I, "admin@example.ru"));
        PERSON.put("surname_forms", new Doc("падежи фамилии, где правило ошибается: gen, dat, acc, ins, pre", I, null));
    }

    private SchemaDocs() {
    }

    /** The doc of a dotted path, the core's or a package's; list indices and map keys match {@code *}. Null when none. */
    public static Doc of(String path) {
        return Catalog.active().doc(path);
    }

    /** The core fields' docs. */
    static Map<String, Doc> core() {
        return java.util.Collections.unmodifiableMap(DOCS);
    }

    /** The heading of a core section, or the key itself. */
    static String coreSection(String top) {
        return SECTIONS.getOrDefault(top, top);
    }

    /** The docs of the act's own fields, for a field of type act (or a list of acts) at {@code path}. */
    static Map<String, Doc> actFields(String path, Where w) {
        Map<String, Doc> out = new LinkedHashMap<>();
        out.put(path + ".type", new Doc("вид акта (фраза)", w, "письмо"));
        out.put(path + ".issuer", new Doc("кто издал, в родительном падеже", w, "Минпросвещения России"));
        out.put(path + ".date", new Doc("дата акта", w, "2023-07-31"));
        out.put(path + ".in_force", new Doc("день вступления акта в силу, если он позже даты акта", w, "2024-09-01"));
        out.put(path + ".number", new Doc("номер акта", w, "04-423"));
        out.put(path + ".designation", new Doc("обозначение документа вместо вида и номера", w, "МР 2.4.0330-23"));
        out.put(path + ".title", new Doc("название акта, без кавычек", w, "Об исполнении протокола"));
        out.put(path + ".note", new Doc("примечание после названия", w, null));
        return out;
    }

    /** The doc of a path in {@code docs}; list indices and map keys match {@code *}. */
    static Doc lookup(Map<String, Doc> docs, String path) {
        Doc d = docs.get(path);
        if (d != null) {
            return d;
        }
        String[] keys = path.split("\\.");
        for (int i = 0; i < keys.length; i++) {
            String[] copy = keys.clone();
            copy[i] = "*";
            d = docs.get(String.join(".", copy));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The example of a field, a person's fields included ({@code head.surname}), or null. */
    public static String example(String path) {
        Doc doc = of(path);
        if (doc == null && path.contains(".")) {
            String field = path.substring(path.lastIndexOf('.') + 1);
            String owner = path.substring(0, path.lastIndexOf('.'));
            if (Schema.at(owner) instanceof Schema.Person && PERSON.containsKey(field)) {
                doc = PERSON.get(field);
            }
        }
        return doc == null ? null : doc.example();
    }

    /** The Russian heading of the section a path belongs to. */
    public static String section(String path) {
        return Catalog.active().section(path);
    }

    /** Every documented path: the core's, then every package's. */
    public static Map<String, Doc> all() {
        return Catalog.active().docs();
    }
}
