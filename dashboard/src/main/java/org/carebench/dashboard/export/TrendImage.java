package org.carebench.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.SeriesStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The indicator page's trend as an image: authority, neighbours' average, region and England, one
 * point a year. A year without a figure is a gap in its line, never a 0.
 */
final class TrendImage {

    private TrendImage() {}

    private record Line(String name, SeriesStyle style, float width, Function<Comparison, Double> value) {}

    static JFreeChart of(ComparisonPage page) {
        List<Comparison> trend = page.series();
        Comparison selected = page.selected();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(page.la().name(), SeriesStyle.AUTHORITY, 5, c -> value(c.la())));
        lines.add(new Line(
                "Statistical neighbours (" + selected.neighbours().average() + ", "
                        + selected.neighbours().model() + " model)",
                SeriesStyle.NEIGHBOURS,
                3.5f,
                c -> FigureFormat.chartValue(c.neighbours().value())));
        if (page.region() != null) {
            lines.add(new Line(page.region().name(), SeriesStyle.REGION, 3.5f, c -> value(c.region())));
        }
        lines.add(new Line("England", SeriesStyle.ENGLAND, 3.5f, c -> value(c.england())));

        DefaultCategoryDataset data = new DefaultCategoryDataset();
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        LegendItemCollection legend = new LegendItemCollection();
        boolean missing = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (Comparison c : trend) {
                Double v = line.value().apply(c);
                missing |= v == null;
                data.addValue(v, line.name(), String.valueOf(c.period()));
            }
            renderer.setSeriesPaint(i, SeriesDrawing.colour(line.style()));
            renderer.setSeriesStroke(i, SeriesDrawing.stroke(line.style(), line.width()));
            renderer.setSeriesShape(i, SeriesDrawing.marker(line.style()));
            legend.add(SeriesDrawing.lineLegend(line.name(), line.style(), line.width()));
        }
        NumberAxis values = new NumberAxis();
        // As on the page, the axis fits the figures, so a change of a few points is not flattened against zero.
        values.setAutoRangeIncludesZero(false);
        ChartCanvas.axis(
                values,
                FigureFormat.unitLabel(page.indicator().unit(), page.indicator().title()));
        CategoryAxis years = new CategoryAxis();
        ChartCanvas.axis(years, "Year ending 31 March");
        CategoryPlot plot = new CategoryPlot(data, years, values, renderer);
        plot.setFixedLegendItems(legend);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);

        int first = trend.get(0).period();
        int last = trend.get(trend.size() - 1).period();
        // The neighbours' model and average are in the legend; the line above the plot stays on one line.
        String comparators = (page.region() == null ? "" : page.region().name() + " and ") + "England";
        ChartCaption caption = new ChartCaption(
                page.indicator().title(),
                page.la().name() + " (" + page.la().code() + "), years ending 31 March " + first + " to " + last
                        + ", beside its statistical neighbours, " + comparators + ".",
                SourceLine.of(page.indicator(), releases(trend)),
                ChartCaption.missingNote("A gap in a line is a year with no figure", missing, symbols(trend)));
        return ChartCanvas.frame(new JFreeChart(null, ChartCanvas.TITLE, plot, true), caption);
    }

    static String fileName(ComparisonPage page) {
        return "trend-" + page.indicator().id() + "-" + page.la().code() + "-"
                + page.selected().neighbours().model() + "-"
                + page.selected().neighbours().average();
    }

    private static Stream<AreaFigure> figures(List<Comparison> trend) {
        return trend.stream()
                .flatMap(c -> Stream.of(c.la(), c.region(), c.england()))
                .filter(java.util.Objects::nonNull);
    }

    private static List<String> releases(List<Comparison> trend) {
        return figures(trend).map(AreaFigure::release).toList();
    }

    private static List<String> symbols(List<Comparison> trend) {
        return figures(trend).map(AreaFigure::status).toList();
    }

    private static Double value(AreaFigure figure) {
        return figure == null ? null : figure.value();
    }
}
