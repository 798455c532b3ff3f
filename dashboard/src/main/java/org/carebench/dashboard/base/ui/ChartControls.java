package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * Keyboard-reachable controls under a chart: a tick box per series to hide or show it (as a click on
 * the chart's legend does) and, for a chart whose value axis fits the figures, one to start the axis
 * at zero. {@code scripts/chart-controls.js} applies them to the chart in the browser, without a
 * round trip, and keeps the boxes in step with clicks on the legend.
 */
@Tag("div")
@JavaScript("context://scripts/chart-controls.js")
@StyleSheet("context://styles/chart-controls.css")
public class ChartControls extends Div {

    public ChartControls(String chartId, List<String> series, boolean axisFromZero) {
        addClassName("chart-controls");
        getElement().setAttribute("data-chart", chartId);
        setId(chartId + "-controls");
        Element fieldset = new Element("fieldset");
        fieldset.appendChild(new Element("legend").setText("Show on the chart"));
        for (int i = 0; i < series.size(); i++) {
            fieldset.appendChild(checkbox(chartId + "-series-" + i, series.get(i), "data-series", series.get(i)));
        }
        getElement().appendChild(fieldset);
        if (axisFromZero) {
            getElement().appendChild(checkbox(chartId + "-zero", "Start the value axis at zero", "data-axis-zero", ""));
        }
    }

    private static Element checkbox(String id, String text, String attribute, String value) {
        Element input = new Element("input")
                .setAttribute("type", "checkbox")
                .setAttribute("id", id)
                .setAttribute(attribute, value);
        if (attribute.equals("data-series")) {
            input.setAttribute("checked", true);
        }
        Element label = new Element("label").setAttribute("for", id).setText(text);
        Element field = new Element("span").setAttribute("class", "chart-control");
        field.appendChild(input, label);
        return field;
    }
}
