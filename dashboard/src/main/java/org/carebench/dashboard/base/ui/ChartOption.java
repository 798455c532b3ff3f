package org.carebench.dashboard.base.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The start every page chart's ECharts option shares, so the charts behave alike. */
public final class ChartOption {

    private ChartOption() {}

    /**
     * ECharts' own aria option off (it would overwrite the element's aria-label, the sentence set by
     * the view, with a generated description that says less), a short animation and a tooltip.
     */
    public static ObjectNode start(String tooltipTrigger) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("aria").put("enabled", false);
        option.put("animationDuration", 300);
        option.putObject("tooltip").put("trigger", tooltipTrigger);
        return option;
    }

    /** The plotting area's margins in pixels, with the axis labels kept inside it. */
    public static void grid(ObjectNode option, int left, int right, int top, int bottom) {
        option.putObject("grid")
                .put("left", left)
                .put("right", right)
                .put("top", top)
                .put("bottom", bottom)
                .put("containLabel", true);
    }
}
