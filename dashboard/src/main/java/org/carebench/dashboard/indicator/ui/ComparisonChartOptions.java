package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.carebench.dashboard.base.ui.ChartOption;
import org.carebench.dashboard.base.ui.EChartStyles;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.SeriesStyle;

/** The ECharts option for the comparison line chart: one line per comparator, one point per year. */
final class ComparisonChartOptions {

    private ComparisonChartOptions() {}

    /** The value axis fits the figures (scale), so that a change of a few points is not flattened against zero. */
    static ObjectNode lineChart(ComparisonPage page) {
        List<Comparison> series = page.series();
        ObjectNode option = ChartOption.start("axis");
        option.putObject("legend").put("top", 0);
        ChartOption.grid(option, 56, 24, 56, 40);
        ObjectNode xAxis = option.putObject("xAxis")
                .put("type", "category")
                .put("name", "Year ending 31 March")
                .put("nameLocation", "middle")
                .put("nameGap", 28);
        ArrayNode years = xAxis.putArray("data");
        series.forEach(c -> years.add(String.valueOf(c.period())));
        option.putObject("yAxis")
                .put("type", "value")
                .put("scale", true)
                .put(
                        "name",
                        FigureFormat.unitLabel(
                                page.indicator().unit(), page.indicator().title()))
                .put("nameLocation", "middle")
                .put("nameGap", 44);

        ArrayNode lines = option.putArray("series");
        ObjectNode la = line(lines, page.la().name(), series, c -> figureValue(c.la()));
        EChartStyles.line(la, SeriesStyle.AUTHORITY, true);
        la.putObject("markLine")
                .put("symbol", "none")
                .putArray("data")
                .addObject()
                .put("xAxis", String.valueOf(page.selected().period()));
        EChartStyles.line(line(lines, "England", series, c -> figureValue(c.england())), SeriesStyle.ENGLAND, false);
        if (page.region() != null) {
            EChartStyles.line(
                    line(lines, page.region().name(), series, c -> figureValue(c.region())), SeriesStyle.REGION, false);
        }
        String neighbours =
                "Statistical neighbours (" + page.selected().neighbours().average() + ", "
                        + page.selected().neighbours().model() + " model)";
        EChartStyles.line(
                line(
                        lines,
                        neighbours,
                        series,
                        c -> FigureFormat.chartValue(c.neighbours().value())),
                SeriesStyle.NEIGHBOURS,
                false);
        ErrorBars.add(lines, page.la().name(), series);
        return option;
    }

    private static ObjectNode line(
            ArrayNode lines, String name, List<Comparison> series, Function<Comparison, Double> value) {
        ObjectNode line =
                lines.addObject().put("type", "line").put("name", name).put("connectNulls", false);
        ArrayNode data = line.putArray("data");
        series.forEach(c -> {
            Double v = value.apply(c);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return line;
    }

    private static Double figureValue(AreaFigure figure) {
        return figure == null ? null : figure.value();
    }
}
