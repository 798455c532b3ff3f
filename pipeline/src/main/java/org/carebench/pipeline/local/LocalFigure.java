package org.carebench.pipeline.local;

/**
 * One indicator computed from an extract for a period. cohort is how many children the figure counts
 * (or is a percentage of); withheld says why there is no figure, when there is none.
 */
record LocalFigure(String indicatorId, Double value, long cohort, String withheld) {

    static LocalFigure withheld(String indicatorId, String reason) {
        return new LocalFigure(indicatorId, null, 0, reason);
    }

    boolean published() {
        return withheld == null && value != null;
    }

    String describe() {
        if (withheld != null) {
            return indicatorId + ": withheld, " + withheld;
        }
        return indicatorId + ": " + (value == null ? "no figure, nobody in the cohort" : String.format("%.1f", value))
                + " (" + cohort + " children)";
    }
}
