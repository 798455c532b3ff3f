package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as people write and read them in training records. */
public final class TrainingDates {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    // How a spreadsheet saved in the UK writes a date as text.
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);

    private TrainingDates() {}

    /** "May 2019", as a Freedom of Information answer names a session. */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** "14 May 2019". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** An ISO date (2019-05-14) or a UK one (14/05/2019); {@code what} names the field in the error. */
    public static LocalDate parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required (YYYY-MM-DD)");
        }
        String date = text.strip();
        try {
            return date.contains("/") ? LocalDate.parse(date, UK) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    what + " must be a date written YYYY-MM-DD or DD/MM/YYYY, not '" + text + "'");
        }
    }

    /** As {@link #parse}, but blank means none. */
    public static LocalDate parseOptional(String text, String what) {
        return text == null || text.isBlank() ? null : parse(text, what);
    }
}
