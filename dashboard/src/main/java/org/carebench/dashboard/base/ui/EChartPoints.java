package org.carebench.dashboard.base.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A line needs two points: a series with a figure for one year only is drawn as a point (a scatter
 * series in the same colour and marker), so it can never be an invisible line.
 */
public final class EChartPoints {

    private static final int POINT_SIZE = 12;

    private EChartPoints() {}

    /** Changes, in place, every line series of {@code option} with fewer than two figures into points. */
    public static ObjectNode pointsWhereAlone(ObjectNode option) {
        for (JsonNode node : option.path("series")) {
            if (node instanceof ObjectNode series
                    && "line".equals(series.path("type").asText())
                    && figures(series) < 2) {
                series.put("type", "scatter").put("symbolSize", POINT_SIZE);
                series.remove("connectNulls");
                series.remove("showSymbol");
                series.remove("lineStyle");
            }
        }
        return option;
    }

    private static int figures(ObjectNode series) {
        int count = 0;
        for (JsonNode value : series.path("data")) {
            if (!value.isNull() && !(value.isObject() && value.path("value").isNull())) {
                count++;
            }
        }
        return count;
    }
}
