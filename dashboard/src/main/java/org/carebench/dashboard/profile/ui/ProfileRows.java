package org.carebench.dashboard.profile.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.profile.Profile;
import org.carebench.dashboard.profile.ProfileCategory;
import org.carebench.dashboard.profile.ProfileLocal;

/**
 * The comparators a profile's bars and tables show, in reading order: the authority, the council's own
 * extract (local figures, when there are any and the reader may see them), its neighbours' average,
 * its region and England, each with its {@link SeriesStyle}.
 */
record ProfileRows(
        String name,
        String chartLabel,
        SeriesStyle style,
        Function<ProfileCategory, Double> value,
        Function<ProfileCategory, String> symbol) {

    /** The council's own figures: a purple of 3:1 or more on white, apart from every published comparator's colour. */
    static final SeriesStyle LOCAL = new SeriesStyle("#6d28d9", "solid", "circle");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static List<ProfileRows> of(Profile profile) {
        List<ProfileRows> rows = new ArrayList<>();
        rows.add(new ProfileRows(
                profile.la().name(),
                profile.la().name(),
                SeriesStyle.AUTHORITY,
                c -> value(c.la()),
                c -> symbol(c.la())));
        if (profile.local() != null) {
            String date = day(profile.local());
            rows.add(new ProfileRows(
                    "Your extract, " + date + " (local figures)",
                    "Your extract " + date + " (local)",
                    LOCAL,
                    c -> value(c.local()),
                    c -> null));
        }
        rows.add(new ProfileRows(
                "Statistical neighbours (" + profile.average() + ", " + profile.model() + " model)",
                "Neighbours' " + profile.average(),
                SeriesStyle.NEIGHBOURS,
                ProfileCategory::neighbours,
                c -> null));
        if (profile.region() != null) {
            rows.add(new ProfileRows(
                    profile.region().name(),
                    profile.region().name(),
                    SeriesStyle.REGION,
                    c -> value(c.region()),
                    c -> symbol(c.region())));
        }
        if (profile.england() != null) {
            rows.add(new ProfileRows(
                    profile.england().name(),
                    profile.england().name(),
                    SeriesStyle.ENGLAND,
                    c -> value(c.england()),
                    c -> symbol(c.england())));
        }
        return rows;
    }

    /** The day the council's own figures describe, as "31 March 2018". */
    static String day(ProfileLocal local) {
        return local.periodEnd().format(DAY);
    }

    private static Double value(Figure figure) {
        return figure == null ? null : figure.value();
    }

    private static String symbol(Figure figure) {
        return figure == null ? null : figure.status();
    }
}
