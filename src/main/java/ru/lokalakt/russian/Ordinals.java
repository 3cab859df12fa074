package ru.lokalakt.russian;

/** Ordinal numerals in words, as legal drafting names paragraphs: «в абзаце третьем пункта 2.3». */
public final class Ordinals {
    private static final String[] PREPOSITIONAL = {"первом", "втором", "третьем", "четвёртом", "пятом", "шестом",
            "седьмом", "восьмом", "девятом", "десятом", "одиннадцатом", "двенадцатом", "тринадцатом", "четырнадцатом",
            "пятнадцатом", "шестнадцатом", "семнадцатом", "восемнадцатом", "девятнадцатом", "двадцатом"};

    private static final String[] NOMINATIVE = {"первый", "второй", "третий", "четвёртый", "пятый", "шестой",
            "седьмой", "восьмой", "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
            "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый"};

    private static final String[] GENITIVE = {"первого", "второго", "третьего", "четвёртого", "пятого", "шестого",
            "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
            "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого",
            "двадцатого"};

    private Ordinals() {
    }

    /** 3 → «третьем»; beyond twenty, the figure with its ending: «21-м». */
    public static String prepositional(int n) {
        return n >= 1 && n <= PREPOSITIONAL.length ? PREPOSITIONAL[n - 1] : n + "-м";
    }

    /** 3 → «третий»; beyond twenty, the figure with its ending: «21-й». */
    public static String nominative(int n) {
        return n >= 1 && n <= NOMINATIVE.length ? NOMINATIVE[n - 1] : n + "-й";
    }

    /** 3 → «третьего»; beyond twenty, the figure with its ending: «21-го». */
    public static String genitive(int n) {
        return n >= 1 && n <= GENITIVE.length ? GENITIVE[n - 1] : n + "-го";
    }
}
