package org.carebench.dashboard.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Elapsed times in milliseconds, reported as median and 90th percentile. */
final class Timings {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    void addMillis(double value) {
        millis.add(value);
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    String report(String what) {
        return String.format(
                "%-58s n=%4d  median %7.1f ms  p90 %7.1f ms  max %7.1f ms",
                what, millis.size(), percentile(0.5), percentile(0.9), percentile(1.0));
    }
}
