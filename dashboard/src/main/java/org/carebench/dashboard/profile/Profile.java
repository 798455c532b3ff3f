package org.carebench.dashboard.profile;

import java.util.List;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.AsOf;

/**
 * Who the children are, for one authority and year beside its region, England and its statistical
 * neighbours.
 *
 * @param periods the years with any profile figure, oldest first
 * @param average {@code mean} or {@code median}, how the neighbours' figures are averaged
 */
public record Profile(
        Area la,
        Area region,
        Area england,
        String model,
        String average,
        int neighbourCount,
        List<Integer> periods,
        int period,
        List<ProfilePopulation> populations,
        AsOf asOf,
        List<String> neighbourModels) {}
