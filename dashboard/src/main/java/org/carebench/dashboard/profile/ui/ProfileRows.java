package org.carebench.dashboard.profile.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.profile.Profile;
import org.carebench.dashboard.profile.ProfileCategory;

/**
 * The comparators a profile's bars and tables show, in reading order: the authority, its neighbours'
 * average, its region and England, each with its {@link SeriesStyle}.
 */
record ProfileRows(
        String name,
        String chartLabel,
        SeriesStyle style,
        Function<ProfileCategory, Double> value,
        Function<ProfileCategory, String> symbol) {

    static List<ProfileRows> of(Profile profile) {
        List<ProfileRows> rows = new ArrayList<>();
        rows.add(new ProfileRows(
                profile.la().name(),
                profile.la().name(),
                SeriesStyle.AUTHORITY,
                c -> value(c.la()),
                c -> symbol(c.la())));
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

    private static Double value(Figure figure) {
        return figure == null ? null : figure.value();
    }

    private static String symbol(Figure figure) {
        return figure == null ? null : figure.status();
    }
}
