package org.carebench.dashboard.figures;

/**
 * The change from the previous period. {@code movement} is up, down or same; {@code judgement} is
 * better, worse or none (no polarity, or no change), so that the colour on the page is never the
 * only signal.
 */
public record Direction(int previousPeriod, Double previousValue, Double change, String movement, String judgement) {

    static Direction between(int previousPeriod, Double previous, Double current, Polarity polarity) {
        if (previous == null || current == null) {
            return new Direction(previousPeriod, previous, null, null, null);
        }
        // Published figures are rounded; compare at that rounding so that 0.1 + 0.2 noise is no change.
        double change = Math.round((current - previous) * 1000) / 1000.0;
        String movement = change > 0 ? "up" : change < 0 ? "down" : "same";
        String judgement = change == 0 || polarity == Polarity.NONE
                ? "none"
                : polarity.better(current, previous) ? "better" : "worse";
        return new Direction(previousPeriod, previous, change, movement, judgement);
    }
}
