package org.carebench.dashboard.profile;

import org.carebench.dashboard.figures.Figure;

/**
 * One category's share (percent) of its population in each comparator; a figure is null where the
 * area has none for the year.
 *
 * @param neighbours the neighbours' mean or median over those with a figure; null when none has one
 * @param neighboursWithFigure how many of the model's neighbours had a figure
 * @param local the council's own share from its extract (see {@link Profile#local()}); null when none
 */
public record ProfileCategory(
        String label,
        Figure la,
        Figure region,
        Figure england,
        Double neighbours,
        int neighboursWithFigure,
        Figure local) {

    ProfileCategory withoutLocalFigure() {
        return new ProfileCategory(label, la, region, england, neighbours, neighboursWithFigure, null);
    }
}
