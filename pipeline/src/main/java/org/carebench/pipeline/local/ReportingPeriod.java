package org.carebench.pipeline.local;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * The months a local figure covers: the statutory year ending 31 March, or 12 months ending on any
 * month end. {@code year} is the year ending 31 March the period ends in, the warehouse's period.
 */
record ReportingPeriod(LocalDate start, LocalDate end, int year) {

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    static ReportingPeriod endingOn(LocalDate end) {
        if (!end.equals(YearMonth.from(end).atEndOfMonth())) {
            throw new IllegalArgumentException("a reporting period ends on the last day of a month, not " + end);
        }
        int year = MonthDay.from(end).isAfter(YEAR_END) ? end.getYear() + 1 : end.getYear();
        return new ReportingPeriod(end.minusYears(1).plusDays(1), end, year);
    }

    static ReportingPeriod statutoryYear(int year) {
        return endingOn(LocalDate.of(year, 3, 31));
    }

    /** The last statutory year complete on the given day. */
    static ReportingPeriod lastStatutoryYearBy(LocalDate day) {
        return statutoryYear(MonthDay.from(day).isBefore(YEAR_END) ? day.getYear() - 1 : day.getYear());
    }

    boolean statutory() {
        return MonthDay.from(end).equals(YEAR_END);
    }

    /** Rates use the ONS estimate for mid-year of the calendar year before the period ends. */
    int populationYear() {
        return end.getYear() - 1;
    }

    String describe() {
        return statutory() ? "year ending " + end : "12 months ending " + end;
    }
}
