package org.carebench.dashboard.figures;

/**
 * A figure tested against chance: its interval (null when the indicator has no count and denominator,
 * or the figure is missing) and the verdict against each comparator (null when that comparator has no
 * figure).
 */
public record Significance(Interval interval, Verdict england, Verdict region, Verdict neighbours) {}
