package org.carebench.dashboard.export;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.SeriesStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The indicator page's bar chart as an image: the authority beside each neighbour in the selected
 * year, bars from zero, the neighbours' average as a line across them. A neighbour without a figure
 * has no bar and DfE's symbol beside its name, never a 0.
 */
final class NeighbourBarImage {

    private NeighbourBarImage() {}

    static JFreeChart of(ComparisonPage page) {
        Comparison c = page.selected();
        List<AreaFigure> bars = new ArrayList<>();
        bars.add(c.la());
        bars.addAll(c.neighbours().members());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (AreaFigure f : bars) {
            String name = f.value() == null
                    ? f.name() + " (" + (f.status() == null ? "no figure" : f.status()) + ")"
                    : f.name();
            data.addValue(f.value(), page.indicator().title(), name);
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return SeriesDrawing.colour(column == 0 ? SeriesStyle.AUTHORITY : SeriesStyle.NEIGHBOUR);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.#")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartCanvas.SMALL);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        NumberAxis values = new NumberAxis();
        values.setUpperMargin(0.12);
        ChartCanvas.axis(
                values,
                FigureFormat.unitLabel(page.indicator().unit(), page.indicator().title()));
        CategoryAxis names = new CategoryAxis();
        ChartCanvas.axis(names, null);
        CategoryPlot plot = new CategoryPlot(data, names, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(SeriesDrawing.barLegend(page.la().name(), SeriesStyle.AUTHORITY));
        legend.add(SeriesDrawing.barLegend("Each statistical neighbour", SeriesStyle.NEIGHBOUR));
        String average = "Neighbours' " + c.neighbours().average();
        if (c.neighbours().value() != null) {
            ValueMarker marker = new ValueMarker(
                    FigureFormat.chartValue(c.neighbours().value()),
                    SeriesDrawing.colour(SeriesStyle.NEIGHBOURS),
                    SeriesDrawing.stroke(SeriesStyle.NEIGHBOURS, 3.5f));
            marker.setLabel(average + ": " + FigureFormat.average(c.neighbours()));
            marker.setLabelFont(ChartCanvas.SMALL);
            marker.setLabelPaint(SeriesDrawing.colour(SeriesStyle.NEIGHBOURS));
            marker.setLabelBackgroundColor(Color.WHITE);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker, Layer.FOREGROUND);
            // The average is a line across the bars, without the trend's markers.
            SeriesStyle line = new SeriesStyle(SeriesStyle.NEIGHBOURS.colour(), SeriesStyle.NEIGHBOURS.dash(), "none");
            legend.add(SeriesDrawing.lineLegend(average, line, 3.5f));
        }
        plot.setFixedLegendItems(legend);

        ChartCaption caption = new ChartCaption(
                page.indicator().title(),
                page.la().name() + " (" + page.la().code() + ") and its statistical neighbours ("
                        + c.neighbours().model() + " model). Year ending 31 March " + c.period() + ".",
                SourceLine.of(
                        page.indicator(), bars.stream().map(AreaFigure::release).toList()),
                ChartCaption.missingNote(
                        "A name with a symbol has no figure",
                        bars.stream().anyMatch(f -> f.value() == null),
                        bars.stream().map(AreaFigure::status).toList()));
        return ChartCanvas.frame(new JFreeChart(null, ChartCanvas.TITLE, plot, true), caption);
    }

    static String fileName(ComparisonPage page) {
        return "neighbours-" + page.indicator().id() + "-" + page.la().code() + "-"
                + page.selected().period() + "-" + page.selected().neighbours().model();
    }
}
