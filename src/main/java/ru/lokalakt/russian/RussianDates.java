package ru.lokalakt.russian;

import java.time.LocalDate;

/** The three ways a Russian office document writes a date. */
public final class RussianDates {
    private static final String[] MONTHS_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final char NBSP = '\u00A0';

    private RussianDates() {
    }

    /** 02.02.2024: requisites (date of the document, approval stamps). */
    public static String numeric(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "." + twoDigits(date.getMonthValue()) + "." + year(date);
    }

    /** «02» февраля 2024 г.: approval forms with a place for the day. */
    public static String quoted(LocalDate date) {
        return "«" + twoDigits(date.getDayOfMonth()) + "»" + NBSP + month(date) + NBSP + year(date) + NBSP + "г.";
    }

    /**
     * 7 февраля 2024 года: running text, deadlines. The day stays with its month and the year with «года»; a line
     * may end between the two halves, so that a justified line does not gape for want of a place to break.
     */
    public static String text(LocalDate date) {
        return date.getDayOfMonth() + "" + NBSP + month(date) + " " + date.getYear() + NBSP + "года";
    }

    // Plain concatenation, not String.format: dates are made for every institution of a batch.
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String year(LocalDate date) {
        String y = Integer.toString(date.getYear());
        return "0".repeat(Math.max(0, 4 - y.length())) + y;
    }

    public static String month(LocalDate date) {
        return MONTHS_GENITIVE[date.getMonthValue() - 1];
    }
}
