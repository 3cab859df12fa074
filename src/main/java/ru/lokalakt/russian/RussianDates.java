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
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** «02» февраля 2024 г.: approval forms with a place for the day. */
    public static String quoted(LocalDate date) {
        return String.format("«%02d»%c%s%c%04d%cг.", date.getDayOfMonth(), NBSP, month(date), NBSP, date.getYear(), NBSP);
    }

    /** 7 февраля 2024 года: running text, deadlines. */
    public static String text(LocalDate date) {
        return date.getDayOfMonth() + "" + NBSP + month(date) + NBSP + date.getYear() + NBSP + "года";
    }

    public static String month(LocalDate date) {
        return MONTHS_GENITIVE[date.getMonthValue() - 1];
    }
}
