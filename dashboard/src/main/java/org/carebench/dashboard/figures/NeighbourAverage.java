package org.carebench.dashboard.figures;

import java.util.Collections;
import java.util.List;

/**
 * The statistical neighbours' average for one period.
 *
 * @param value the average over the neighbours that have a figure; null when none has
 * @param count how many neighbours had a figure
 * @param members the neighbours in the model's order, closest first
 * @param intervals each member's 95% confidence interval, in the same order; null where it has none
 */
public record NeighbourAverage(
        String model, String average, Double value, int count, List<AreaFigure> members, List<Interval> intervals) {

    /** Neighbours whose intervals are not known (local figures, or no neighbours). */
    public NeighbourAverage(String model, String average, Double value, int count, List<AreaFigure> members) {
        this(model, average, value, count, members, Collections.nCopies(members.size(), null));
    }

    /** The member's interval, or null. */
    public Interval interval(int member) {
        return member < intervals.size() ? intervals.get(member) : null;
    }
}
