package org.carebench.dashboard.pack;

import java.util.List;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;

/**
 * One indicator's slide: the comparison for the year shown (the requested one, or the latest before
 * it when the indicator has none that year) and the trend up to it, ten years at most.
 */
public record PackSlide(Indicator indicator, Comparison shown, List<Comparison> trend) {}
