package org.carebench.dashboard.profile.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.carebench.dashboard.base.ui.ChartOption;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.profile.ProfileCategory;
import org.carebench.dashboard.profile.ProfileDimension;

/**
 * The ECharts option for one characteristic as 100% stacked bars: a bar per comparator, a segment per
 * category. Row labels carry each comparator's colour; segments big enough to hold it show their share.
 */
final class ProfileChartOptions {

    /** Narrower segments would not hold their label. */
    private static final double LABELLED_SHARE = 8;

    private ProfileChartOptions() {}

    static ObjectNode stackedBars(ProfileDimension dimension, List<ProfileRows> rows) {
        ObjectNode option = ChartOption.start("item");
        option.putObject("legend").put("top", 0).put("left", 0).put("itemGap", 16);
        ChartOption.grid(option, 8, 16, legendHeight(dimension) + 8, 32);
        option.putObject("xAxis")
                .put("type", "value")
                .put("min", 0)
                .put("max", 100)
                .put("name", "Percent of children")
                .put("nameLocation", "middle")
                .put("nameGap", 24);
        ArrayNode names = option.putObject("yAxis")
                .put("type", "category")
                .put("inverse", true)
                .putArray("data");
        rows.forEach(row -> names.addObject()
                .put("value", row.chartLabel())
                .putObject("textStyle")
                .put("color", row.style().colour())
                .put("fontWeight", row.style() == rows.get(0).style() ? "bold" : "normal"));
        ArrayNode series = option.putArray("series");
        List<ProfileCategory> categories = dimension.categories();
        for (int i = 0; i < categories.size(); i++) {
            ProfileCategory category = categories.get(i);
            ObjectNode bar = series.addObject()
                    .put("type", "bar")
                    .put("name", category.label())
                    .put("stack", "share")
                    .put("barMaxWidth", 40);
            ObjectNode style = bar.putObject("itemStyle")
                    .put("color", CategoryColours.colour(i))
                    .put("borderColor", "#ffffff")
                    .put("borderWidth", 1);
            if (CategoryColours.hatched(i)) {
                style.putObject("decal")
                        .put("symbol", "rect")
                        .put("color", "rgba(255, 255, 255, 0.45)")
                        .put("dashArrayX", 1)
                        .put("dashArrayY", 3)
                        .put("rotation", 0.785);
            }
            ArrayNode data = bar.putArray("data");
            for (ProfileRows row : rows) {
                Double value = FigureFormat.chartValue(row.value().apply(category));
                ObjectNode item = data.addObject();
                if (value == null) {
                    item.putNull("value");
                } else {
                    item.put("value", value);
                }
                item.putObject("label")
                        .put("show", value != null && value >= LABELLED_SHARE)
                        .put("formatter", "{c}%")
                        .put("color", "#ffffff")
                        .put("fontWeight", "bold");
            }
        }
        return option;
    }

    /** Room above the bars for the legend, which wraps on a narrow screen. */
    static int legendHeight(ProfileDimension dimension) {
        return 28 * (1 + dimension.categories().size() / 3);
    }

    /** Tall enough for a bar per comparator and the wrapped legend. */
    static String height(ProfileDimension dimension, List<ProfileRows> rows) {
        return (legendHeight(dimension) + 56 * rows.size() + 56) + "px";
    }
}
