package org.carebench.dashboard.figures;

/**
 * The change from the previous period. {@code movement} is up, down or same; {@code judgement} is
 * better, worse or none (no polarity, or no change), so that the colour on the page is never the
 * only signal. {@code verdict} allows for chance: the previous figure against this year's interval
 * (better, worse, higher, lower or similar), or "not tested" where the indicator has no interval.
 */
public record Direction(
        int previousPeriod, Double previousValue, Double change, String movement, String judgement, String verdict) {}
