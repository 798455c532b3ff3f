package org.carebench.dashboard.figures;

/**
 * A figure's confidence interval (95%), as Fingertips computes it: {@code wilson} (Wilson score, for a
 * proportion), {@code byar} (Byar's method, for a rate) or {@code exact-poisson} (a rate of fewer than
 * 10 events), from {@code numerator} events out of {@code denominator}.
 */
public record Interval(
        String method, int confidence, double lower, double upper, double numerator, double denominator) {}
