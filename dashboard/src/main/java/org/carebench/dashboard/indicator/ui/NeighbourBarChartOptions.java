package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.carebench.dashboard.base.ui.ChartOption;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Interval;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * The ECharts option for the bar chart of the authority against each of its neighbours in the
 * selected year. Bars start at zero, as bar lengths must; the authority's bar is hatched as well as
 * coloured, and a suppressed neighbour's bar is labelled with DfE's symbol. Each bar with a count and
 * a denominator carries its own 95% confidence interval, so a board sees which neighbours differ by
 * more than chance.
 */
final class NeighbourBarChartOptions {

    /** Near-black, so whiskers read across both the authority's blue and the neighbours' grey bars. */
    private static final String INTERVAL_COLOUR = "#111827";

    private NeighbourBarChartOptions() {}

    static ObjectNode barChart(ComparisonPage page) {
        Comparison c = page.selected();
        List<AreaFigure> bars = new ArrayList<>();
        bars.add(c.la());
        bars.addAll(c.neighbours().members());
        ObjectNode option = ChartOption.start("axis");
        ChartOption.grid(option, 16, 48, 28, 32);
        option.putObject("xAxis")
                .put("type", "value")
                .put(
                        "name",
                        FigureFormat.unitLabel(
                                page.indicator().unit(), page.indicator().title()))
                .put("nameLocation", "middle")
                .put("nameGap", 24);
        ArrayNode names = option.putObject("yAxis")
                .put("type", "category")
                .put("inverse", true)
                .putArray("data");
        bars.forEach(f -> names.add(f.name()));
        ObjectNode series = option.putArray("series")
                .addObject()
                .put("type", "bar")
                .put("name", page.indicator().title());
        series.putObject("label").put("show", true).put("position", "right").put("formatter", "{c}");
        ArrayNode data = series.putArray("data");
        for (AreaFigure f : bars) {
            ObjectNode bar = data.addObject();
            if (f.value() == null) {
                bar.putNull("value");
                bar.putObject("label").put("formatter", f.status() == null ? "no figure" : f.status());
            } else {
                bar.put("value", f.value());
            }
            if (f == c.la()) {
                bar.putObject("itemStyle")
                        .put("color", SeriesStyle.AUTHORITY.colour())
                        .putObject("decal")
                        .put("symbol", "rect")
                        .put("dashArrayX", 2)
                        .put("dashArrayY", 4);
            } else {
                bar.putObject("itemStyle").put("color", SeriesStyle.NEIGHBOUR.colour());
            }
        }
        List<Interval> intervals = new ArrayList<>();
        intervals.add(c.significance() == null ? null : c.significance().interval());
        for (int i = 0; i < c.neighbours().members().size(); i++) {
            intervals.add(c.neighbours().interval(i));
        }
        ErrorBars.add(
                option.withArray("series"),
                "95% confidence intervals",
                bars.stream().map(AreaFigure::value).toList(),
                intervals,
                INTERVAL_COLOUR,
                true);
        if (c.neighbours().value() != null) {
            ObjectNode average = series.putObject("markLine").put("symbol", "none");
            average.putObject("lineStyle")
                    .put("color", SeriesStyle.NEIGHBOURS.colour())
                    .put("width", 2)
                    .put("type", SeriesStyle.NEIGHBOURS.dash());
            average.putArray("data")
                    .addObject()
                    .put("name", "Neighbours' " + c.neighbours().average())
                    .put("xAxis", FigureFormat.chartValue(c.neighbours().value()))
                    .putObject("label")
                    .put("position", "start")
                    .put("formatter", "Neighbours' " + c.neighbours().average() + ": {c}");
        }
        return option;
    }
}
