package org.carebench.dashboard.base.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebench.dashboard.figures.SeriesStyle;

/** A comparator's {@link SeriesStyle} in ECharts' terms: colour, dash and marker on a line series. */
public final class EChartStyles {

    private EChartStyles() {}

    /** Styles a line series; the authority's line is drawn wider than its comparators'. */
    public static ObjectNode line(ObjectNode series, SeriesStyle style, boolean emphasised) {
        series.put("color", style.colour())
                .put("symbol", style.marker())
                .put("symbolSize", emphasised ? 9 : 8)
                .put("showSymbol", true);
        ObjectNode line =
                series.putObject("lineStyle").put("color", style.colour()).put("width", emphasised ? 4 : 2.5);
        switch (style.dash()) {
            case "dash-dot" -> line.putArray("type").add(10).add(4).add(2).add(4);
            default -> line.put("type", style.dash());
        }
        series.putObject("itemStyle").put("color", style.colour());
        return series;
    }
}
