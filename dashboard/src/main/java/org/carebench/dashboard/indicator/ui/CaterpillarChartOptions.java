package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebench.dashboard.base.ui.ChartOption;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * Every authority with a figure as one bar, lowest to highest (a "caterpillar"): the chosen authority
 * and its neighbours in their own colours and hatched, the quartile boundaries drawn across.
 */
final class CaterpillarChartOptions {

    private CaterpillarChartOptions() {}

    /** The authorities with a figure, lowest first; ties by name, so the order never changes between views. */
    static List<AreaFigure> sorted(ComparisonPage page) {
        return page.allLocalAuthorities().stream()
                .filter(f -> f.value() != null)
                .sorted(Comparator.comparingDouble(AreaFigure::value).thenComparing(AreaFigure::name))
                .toList();
    }

    /**
     * The lower quartile, median and upper quartile, by linear interpolation between closest ranks, as
     * the quartile bands are drawn.
     */
    static double[] quartiles(List<AreaFigure> sorted) {
        double[] values = sorted.stream().mapToDouble(AreaFigure::value).toArray();
        double[] edges = new double[3];
        for (int q = 1; q <= 3; q++) {
            double h = (values.length - 1) * q / 4.0;
            int lower = (int) Math.floor(h);
            int upper = Math.min(lower + 1, values.length - 1);
            edges[q - 1] = values[lower] + (h - lower) * (values[upper] - values[lower]);
        }
        return edges;
    }

    static ObjectNode barChart(ComparisonPage page) {
        List<AreaFigure> sorted = sorted(page);
        Set<String> neighbours =
                page.neighbours().stream().map(n -> n.area().code()).collect(Collectors.toSet());
        ObjectNode option = ChartOption.start("axis");
        ChartOption.grid(option, 16, 120, 24, 32);
        ObjectNode xAxis = option.putObject("xAxis")
                .put("type", "category")
                .put("name", "Local authorities, lowest to highest")
                .put("nameLocation", "middle")
                .put("nameGap", 12);
        // About 150 names cannot fit under the bars: the tooltip names each, the table lists them all.
        xAxis.putObject("axisLabel").put("show", false);
        xAxis.putObject("axisTick").put("show", false);
        ArrayNode names = xAxis.putArray("data");
        sorted.forEach(f -> names.add(f.name()));
        option.putObject("yAxis")
                .put("type", "value")
                .put(
                        "name",
                        FigureFormat.unitLabel(
                                page.indicator().unit(), page.indicator().title()))
                .put("nameLocation", "middle")
                .put("nameGap", 44);
        ObjectNode series = option.putArray("series")
                .addObject()
                .put("type", "bar")
                .put("name", page.indicator().title())
                .put("barCategoryGap", "20%");
        ArrayNode data = series.putArray("data");
        for (AreaFigure f : sorted) {
            ObjectNode bar = data.addObject().put("value", f.value());
            if (f.code().equals(page.la().code())) {
                hatched(bar, SeriesStyle.AUTHORITY);
                bar.putObject("label")
                        .put("show", true)
                        .put("position", "top")
                        .put("formatter", f.name())
                        .put("color", SeriesStyle.AUTHORITY.colour())
                        .put("fontWeight", "bold");
            } else if (neighbours.contains(f.code())) {
                hatched(bar, SeriesStyle.NEIGHBOURS);
            } else {
                bar.putObject("itemStyle").put("color", SeriesStyle.NEIGHBOUR.colour());
            }
        }
        if (!sorted.isEmpty()) {
            quartileLines(series, quartiles(sorted));
        }
        return option;
    }

    private static void hatched(ObjectNode bar, SeriesStyle style) {
        bar.putObject("itemStyle")
                .put("color", style.colour())
                .putObject("decal")
                .put("symbol", "rect")
                .put("dashArrayX", 2)
                .put("dashArrayY", 4);
    }

    private static void quartileLines(ObjectNode series, double[] edges) {
        ObjectNode lines = series.putObject("markLine").put("symbol", "none").put("silent", true);
        lines.putObject("lineStyle")
                .put("color", SeriesStyle.ENGLAND.colour())
                .put("type", "dashed")
                .put("width", 1.5);
        ArrayNode data = lines.putArray("data");
        String[] names = {"Lower quartile", "Median", "Upper quartile"};
        for (int i = 0; i < 3; i++) {
            data.addObject()
                    .put("name", names[i])
                    .put("yAxis", FigureFormat.chartValue(edges[i]))
                    .putObject("label")
                    .put("position", "end")
                    .put("formatter", names[i] + ": {c}");
        }
    }
}
