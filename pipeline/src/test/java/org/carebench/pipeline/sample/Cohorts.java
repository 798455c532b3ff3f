package org.carebench.pipeline.sample;

/**
 * The invented children behind the figures: how many each area looks after, starts and stops
 * looking after each year, and the groups that DfE's percentages are of, all scaled from the
 * number looked after so that every file of the sample tells the same story.
 */
final class Cohorts {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;

    private Cohorts() {}

    /** Children looked after on 31 March per 10,000 children, before rounding: England about 70, rising slowly. */
    static double rate(Area area, int year) {
        return 70 * area.need() * (1 + 0.012 * (year - 2020)) * (1 + 0.04 * Invented.unit("rate", area.code(), year));
    }

    /** Children looked after on 31 March; the rate uses the children of the mid-year before. */
    static int lookedAfter(Area area, int year) {
        return (int) Math.round(rate(area, year) * area.children(year - 1) / 10_000);
    }

    static int started(Area area, int year) {
        return scaled(area, year, "started", 0.39);
    }

    static int ceased(Area area, int year) {
        return scaled(area, year, "ceased", 0.37);
    }

    static int during(Area area, int year) {
        return lookedAfter(area, year) + ceased(area, year);
    }

    /** A group of the children looked after: about {@code share} of them, varying a little by area and year. */
    static int scaled(Area area, int year, String group, double share) {
        double lean = 1
                + 0.08 * area.weight() * Invented.unit(group, area.code())
                + 0.03 * Invented.unit(group, area.code(), year);
        return (int) Math.round(lookedAfter(area, year) * share * lean);
    }

    static int perTenThousand(int count, int children) {
        return (int) Math.round(10_000.0 * count / children);
    }
}
