package org.carebench.dashboard.figures;

/**
 * One local authority's figure for one indicator and period beside England, its region and its
 * statistical neighbours, as the import computed it. {@code rank} and {@code quartile} are null when
 * the indicator carries no judgement of better or worse; {@code direction} is null for the first
 * period; {@code significance} says which differences chance alone could give.
 */
public record Comparison(
        String indicator,
        int period,
        AreaFigure la,
        AreaFigure england,
        AreaFigure region,
        NeighbourAverage neighbours,
        Rank rank,
        String quartile,
        Direction direction,
        Significance significance) {}
