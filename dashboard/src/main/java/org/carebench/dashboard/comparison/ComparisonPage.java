package org.carebench.dashboard.comparison;

import java.util.List;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.AsOf;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.Neighbour;
import org.carebench.dashboard.figures.SourceFile;

/**
 * Everything an indicator's page shows, read from one snapshot so that its parts agree.
 *
 * @param series the latest ten periods at most, oldest first
 * @param allLocalAuthorities every authority's figure for the selected period
 */
public record ComparisonPage(
        Indicator indicator,
        Area la,
        Area region,
        List<Integer> periods,
        List<String> neighbourModels,
        Comparison selected,
        List<Comparison> series,
        List<SourceFile> sources,
        boolean sampleData,
        List<Indicator> catalogue,
        List<Neighbour> neighbours,
        List<AreaFigure> allLocalAuthorities,
        AsOf asOf) {}
