package org.carebench.dashboard.comparison;

import java.util.List;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Indicator;

/** Every local authority's figure for one indicator and period: the indicator page's long table. */
public record AuthorityFigures(Indicator indicator, int period, List<AreaFigure> figures) {}
