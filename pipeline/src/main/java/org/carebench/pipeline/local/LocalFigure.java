package org.carebench.pipeline.local;

import java.util.List;

/**
 * One indicator computed from an extract for a period. cohort is how many children the figure counts
 * (or is a percentage of); withheld says why there is no figure, when there is none. An indicator
 * split by characteristic has its shares instead of one value.
 */
record LocalFigure(String indicatorId, Double value, long cohort, String withheld, List<Share> shares) {

    /** One breakdown's share of the cohort, and how many children it is. */
    record Share(String breakdown, double value, long children) {}

    LocalFigure(String indicatorId, Double value, long cohort, String withheld) {
        this(indicatorId, value, cohort, withheld, List.of());
    }

    static LocalFigure withheld(String indicatorId, String reason) {
        return new LocalFigure(indicatorId, null, 0, reason);
    }

    boolean published() {
        return withheld == null && (value != null || !shares.isEmpty());
    }

    String describe() {
        if (withheld != null) {
            return indicatorId + ": withheld, " + withheld;
        }
        if (!shares.isEmpty()) {
            return indicatorId + ": " + shares.size() + " shares by characteristic (" + cohort + " children)";
        }
        return indicatorId + ": " + (value == null ? "no figure, nobody in the cohort" : String.format("%.1f", value))
                + " (" + cohort + " children)";
    }
}
