package org.carebench.dashboard.comparison;

/** One indicator on the scorecard: the national comparison, and the local figure when there is one. */
public record ScorecardRow(Indicator indicator, Comparison comparison, LocalFigure local) {
}
