package org.carebench.pipeline.importing;

/**
 * Exact 95% Poisson limits for a count, found by bisection on the Poisson distribution itself (no
 * table, no approximation): the lower limit is the mean at which O or more events have probability
 * 2.5%, the upper the mean at which O or fewer have 2.5%.
 */
final class ExactPoisson {

    private ExactPoisson() {}

    static double[] limits(int events) {
        double lower = events == 0 ? 0 : solve(mean -> 1 - cumulative(events - 1, mean) - 0.025, false);
        double upper = solve(mean -> cumulative(events, mean) - 0.025, true);
        return new double[] {lower, upper};
    }

    /** The root of a function of the mean that is monotone on (0, 1000). */
    private static double solve(java.util.function.DoubleUnaryOperator f, boolean decreasing) {
        double low = 0;
        double high = 1000;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            boolean beyond = decreasing ? f.applyAsDouble(middle) < 0 : f.applyAsDouble(middle) > 0;
            if (beyond) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return (low + high) / 2;
    }

    private static double cumulative(int events, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int k = 1; k <= events; k++) {
            term *= mean / k;
            sum += term;
        }
        return sum;
    }
}
