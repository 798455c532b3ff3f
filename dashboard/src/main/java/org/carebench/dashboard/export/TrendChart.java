package org.carebench.dashboard.export;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * A trend as a native Office line chart (XDDF), so that whoever receives the slide or paper can restyle
 * it in PowerPoint or Word: its figures travel in the chart's own embedded workbook. Each comparator is
 * drawn in its {@link SeriesStyle}, as on the pages.
 */
public final class TrendChart {

    private TrendChart() {}

    /**
     * Fills {@code chart} with the series; {@code fontSize} in points applies to axes and legend. The
     * unit goes beside the chart, not on the axis, where Office would draw it small and on its side.
     */
    public static void draw(XDDFChart chart, List<Comparison> trend, double fontSize) {
        XDDFCategoryAxis periods = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        periods.getOrAddTextProperties().setFontSize(fontSize);
        values.getOrAddTextProperties().setFontSize(fontSize);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, periods, values);
        data.setVaryColors(false);
        // The figures reference the chart's embedded workbook, so "Edit Data" in Office shows and changes them.
        var categories = XDDFDataSourcesFactory.fromArray(
                trend.stream().map(c -> String.valueOf(c.period())).toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, trend.size(), 0, 0)),
                0);
        String la = trend.get(trend.size() - 1).la().name();
        Series series = new Series(chart, data, categories, trend);
        series.add(la, SeriesStyle.AUTHORITY, c -> value(c.la()), 3.0);
        series.add(
                "Statistical neighbours (" + trend.get(0).neighbours().average() + ")",
                SeriesStyle.NEIGHBOURS,
                c -> c.neighbours().value(),
                2.25);
        if (trend.stream().anyMatch(c -> c.region() != null && c.region().value() != null)) {
            String region = trend.stream()
                    .filter(c -> c.region() != null)
                    .findFirst()
                    .orElseThrow()
                    .region()
                    .name();
            series.add(region, SeriesStyle.REGION, c -> value(c.region()), 2.25);
        }
        series.add("England", SeriesStyle.ENGLAND, c -> value(c.england()), 2.25);
        chart.plot(data);
        var legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
        ChartText.legendFontSize(legend, fontSize);
    }

    /** Adds each comparator as a column of the embedded workbook and a line of the chart. */
    private record Series(
            XDDFChart chart, XDDFLineChartData data, XDDFCategoryDataSource categories, List<Comparison> trend) {

        void add(String title, SeriesStyle style, Function<Comparison, Double> value, double width) {
            int column = data.getSeriesCount() + 1;
            Double[] figures = trend.stream()
                    .map(value)
                    .map(v -> v == null ? null : Math.round(v * 10) / 10.0)
                    .toArray(Double[]::new);
            var line = (XDDFLineChartData.Series) data.addSeries(
                    categories,
                    XDDFDataSourcesFactory.fromArray(
                            figures, chart.formatRange(new CellRangeAddress(1, trend.size(), column, column)), column));
            line.setTitle(title, chart.setSheetTitle(title, column));
            line.setSmooth(false);
            line.setMarkerStyle(marker(style.marker()));
            int[] rgb = style.rgb();
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]})));
            stroke.setWidth(width);
            stroke.setPresetDash(new XDDFPresetLineDash(dash(style.dash())));
            XDDFShapeProperties shape =
                    line.getShapeProperties() == null ? new XDDFShapeProperties() : line.getShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
            ChartText.markerColour(line, rgb);
        }
    }

    private static Double value(AreaFigure figure) {
        return figure == null ? null : figure.value();
    }

    private static MarkerStyle marker(String marker) {
        return switch (marker) {
            case "circle" -> MarkerStyle.CIRCLE;
            case "diamond" -> MarkerStyle.DIAMOND;
            case "triangle" -> MarkerStyle.TRIANGLE;
            case "rect" -> MarkerStyle.SQUARE;
            default -> MarkerStyle.NONE;
        };
    }

    private static PresetLineDash dash(String dash) {
        return switch (dash) {
            case "dashed" -> PresetLineDash.DASH;
            case "dotted" -> PresetLineDash.SYSTEM_DOT;
            case "dash-dot" -> PresetLineDash.DASH_DOT;
            default -> PresetLineDash.SOLID;
        };
    }
}
