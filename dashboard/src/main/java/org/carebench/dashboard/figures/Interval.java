package org.carebench.dashboard.figures;

/**
 * A figure's 95% confidence interval, as Fingertips computes it: {@code wilson} (Wilson score, for a
 * proportion), {@code byar} (Byar's method, for a rate) or {@code exact-poisson} (a rate of fewer than
 * 10 events), from {@code numerator} events out of {@code denominator}.
 */
public record Interval(String method, double lower, double upper, double numerator, double denominator) {

    public int confidence() {
        return 95;
    }
}
