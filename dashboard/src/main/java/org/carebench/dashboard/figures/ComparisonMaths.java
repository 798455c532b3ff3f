package org.carebench.dashboard.figures;

import java.util.Arrays;
import java.util.List;

/** The comparison rules of DfE's published tools: neighbour averages, rank and quartile bands. */
final class ComparisonMaths {

    private static final String[] BANDS = {"A", "B", "C", "D"};

    private ComparisonMaths() {}

    /** The average of the figures that exist; null when none does. */
    static Double average(List<Double> values, Average how) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = sorted(values);
        return switch (how) {
            case MEAN -> Arrays.stream(sorted).sum() / sorted.length;
            case MEDIAN -> quantile(sorted, 0.5);
        };
    }

    /** 1 = best given polarity; tied values share the lowest (best) position. */
    static Rank rank(Double value, List<Double> all, Polarity polarity) {
        if (value == null || polarity == Polarity.NONE || all.isEmpty()) {
            return null;
        }
        long better =
                all.stream().filter(other -> polarity.better(other, value)).count();
        return new Rank((int) better + 1, all.size());
    }

    /**
     * Band A (best quarter given polarity) to D. A value on a band edge goes to the better band,
     * so that tied authorities never land in different bands.
     */
    static String quartile(Double value, List<Double> all, Polarity polarity) {
        if (value == null || polarity == Polarity.NONE || all.isEmpty()) {
            return null;
        }
        double[] sorted = sorted(all);
        double[] edges = {quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)};
        int quartersBelowOrAt = 0;
        for (double edge : edges) {
            if (value >= edge) {
                quartersBelowOrAt++;
            }
        }
        int quartersAboveOrAt = 0;
        for (double edge : edges) {
            if (value <= edge) {
                quartersAboveOrAt++;
            }
        }
        // quartersBelowOrAt = 3 means at or above the upper quartile: best when higher is better.
        return polarity == Polarity.HIGHER ? BANDS[3 - quartersBelowOrAt] : BANDS[3 - quartersAboveOrAt];
    }

    /** Linear interpolation between closest ranks, as numpy's default and Excel's QUARTILE.INC. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
