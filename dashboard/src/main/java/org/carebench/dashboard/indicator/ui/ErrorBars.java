package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Interval;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * The authority's 95% confidence interval as error bars: a boxplot series whose box collapses onto the
 * figure, leaving whiskers from the lower to the upper limit (plain ECharts options, no script). A
 * year without an interval (no count and denominator) gets no bar.
 */
final class ErrorBars {

    private ErrorBars() {}

    /**
     * Adds the series when any comparison has an interval, one datum per category from the first; on a
     * horizontal chart (the neighbours' bars, the authority first) the bars lie across.
     */
    static void add(ArrayNode series, String authority, List<Comparison> comparisons, boolean horizontal) {
        if (comparisons.stream().noneMatch(c -> interval(c) != null)) {
            return;
        }
        ObjectNode bars = series.addObject()
                .put("type", "boxplot")
                .put("name", authority + ": 95% confidence interval")
                .put("z", 5);
        bars.putArray("boxWidth").add(8).add(8);
        if (horizontal) {
            bars.put("layout", "horizontal");
        }
        bars.putObject("itemStyle")
                .put("color", SeriesStyle.AUTHORITY.colour())
                .put("borderColor", SeriesStyle.AUTHORITY.colour())
                .put("borderWidth", 1.5);
        bars.putObject("tooltip").put("show", false);
        ArrayNode data = bars.putArray("data");
        for (Comparison c : comparisons) {
            Interval interval = interval(c);
            if (interval == null || c.la().value() == null) {
                data.addArray().add("-").add("-").add("-").add("-").add("-");
            } else {
                double value = c.la().value();
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
