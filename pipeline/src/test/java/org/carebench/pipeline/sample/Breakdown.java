package org.carebench.pipeline.sample;

import java.util.ArrayList;
import java.util.List;

/** The categories of one breakdown in DfE's words, each with its rough share in England. */
record Breakdown(String group, List<String> categories, List<Double> weights) {

    /** {@code labelsAndShares}: a label, its share, the next label... */
    static Breakdown of(String group, Object... labelsAndShares) {
        List<String> categories = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < labelsAndShares.length; i += 2) {
            categories.add((String) labelsAndShares[i]);
            weights.add(((Number) labelsAndShares[i + 1]).doubleValue());
        }
        return new Breakdown(group, List.copyOf(categories), List.copyOf(weights));
    }

    List<Integer> split(int total, Area area, int year) {
        return Invented.split(total, weights, area, year, group + categories.size());
    }
}
