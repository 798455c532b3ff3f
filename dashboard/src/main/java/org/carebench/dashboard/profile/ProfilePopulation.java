package org.carebench.dashboard.profile;

import java.util.List;
import org.carebench.dashboard.figures.Indicator;

/** A group DfE counts by characteristic: looked after on 31 March, starting, or ceasing during the year. */
public record ProfilePopulation(String id, String title, Indicator indicator, List<ProfileDimension> dimensions) {}
