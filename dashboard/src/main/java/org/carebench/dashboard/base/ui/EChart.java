package org.carebench.dashboard.base.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;

/**
 * An Apache ECharts chart. The options are an ECharts option object built with Jackson; the chart
 * is an image to assistive technology, so every chart needs a text summary, and the figures it
 * draws should also be on the page as a table.
 */
@Tag("echarts-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echarts-chart.js")
public class EChart extends Component implements HasSize {

    public EChart(String summary) {
        getElement().setAttribute("role", "img");
        setSummary(summary);
        getStyle().set("display", "block");
        setWidthFull();
        setHeight("420px");
    }

    public void setOption(ObjectNode option) {
        // Flow 24 sends element properties as elemental JSON; the option itself is built with Jackson.
        getElement().setPropertyJson("option", Json.parse(option.toString()));
    }

    public void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }
}
