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
 * @param local the council's own extract its local shares come from; null when there are none or
 *     the person asking may not see local figures
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
        List<String> neighbourModels,
        ProfileLocal local) {

    /** The same profile for someone who may not see local figures: no trace of them. */
    public Profile withoutLocalFigures() {
        List<ProfilePopulation> national = populations.stream()
                .map(p -> new ProfilePopulation(
                        p.id(),
                        p.title(),
                        p.indicator(),
                        p.dimensions().stream()
                                .map(d -> new ProfileDimension(
                                        d.id(),
                                        d.title(),
                                        d.categories().stream()
                                                .map(ProfileCategory::withoutLocalFigure)
                                                .toList()))
                                .filter(ProfileDimension::hasPublishedFigures)
                                .toList()))
                .filter(p -> !p.dimensions().isEmpty())
                .toList();
        return new Profile(
                la,
                region,
                england,
                model,
                average,
                neighbourCount,
                periods,
                period,
                national,
                asOf,
                neighbourModels,
                null);
    }
}
