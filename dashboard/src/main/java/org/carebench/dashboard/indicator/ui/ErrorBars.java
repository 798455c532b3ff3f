package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Interval;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * 95% confidence intervals as error bars: a boxplot series whose box collapses onto the
 * figure, leaving whiskers from the lower to the upper limit (plain ECharts options, no script). A
 * year without an interval (no count and denominator) gets no bar.
 */
final class ErrorBars {

    private ErrorBars() {}

    /** Adds the authority's intervals on its trend, one datum per comparison (a year). */
    static void add(ArrayNode series, String authority, List<Comparison> comparisons) {
        add(
                series,
                authority + ": 95% confidence interval",
                comparisons.stream().map(c -> c.la().value()).toList(),
                comparisons.stream().map(ErrorBars::interval).toList(),
                SeriesStyle.AUTHORITY.colour(),
                false);
    }

    /**
     * Adds the series when any figure has an interval, one datum per category; a figure without a value
     * or an interval gets no bar.
     */
    static void add(
            ArrayNode series,
            String name,
            List<Double> values,
            List<Interval> intervals,
            String colour,
            boolean horizontal) {
        if (intervals.stream().allMatch(Objects::isNull)) {
            return;
        }
        ObjectNode bars =
                series.addObject().put("type", "boxplot").put("name", name).put("z", 5);
        bars.putArray("boxWidth").add(8).add(8);
        if (horizontal) {
            bars.put("layout", "horizontal");
        }
        bars.putObject("itemStyle")
                .put("color", colour)
                .put("borderColor", colour)
                .put("borderWidth", 1.5);
        bars.putObject("tooltip").put("show", false);
        ArrayNode data = bars.putArray("data");
        for (int i = 0; i < values.size(); i++) {
            Interval interval = intervals.get(i);
            Double value = values.get(i);
            if (interval == null || value == null) {
                data.addArray().add("-").add("-").add("-").add("-").add("-");
            } else {
                data.addArray()
                        .add(interval.lower())
                        .add(value)
                        .add(value)
                        .add(value)
                        .add(interval.upper());
            }
        }
    }

    private static Interval interval(Comparison c) {
        return c.significance() == null ? null : c.significance().interval();
    }
}
