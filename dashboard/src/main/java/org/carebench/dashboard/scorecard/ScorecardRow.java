package org.carebench.dashboard.scorecard;

import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.LocalFigure;

/** One indicator on the scorecard: the national comparison, and the local figure when there is one. */
public record ScorecardRow(Indicator indicator, Comparison comparison, LocalFigure local) {}
