package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Indicator;
import org.jsoup.nodes.Element;

/**
 * The reader's choices as a plain form: labelled drop-down lists and a Show button. Sending the form
 * goes to the address with the new choices (through the router, by {@code scripts/selection-form.js}),
 * so the back button and a copied link both work, and nothing changes until the reader asks for it. Built as one HTML fragment, the form costs a page view a few
 * elements rather than five server-side fields. A page shows only the choices that apply to it; the
 * others ride along unseen, so they survive the change.
 */
public class SelectionControls extends Div {

    private final RenderedFragments fragments;
    private String route = "";

    public SelectionControls(RenderedFragments fragments) {
        this.fragments = fragments;
        addClassName("selection-controls");
    }

    /** The page's route, to which the form sends the choices. */
    void setRoute(String route) {
        this.route = route;
    }

    /** Shows the choices; null lists leave the matching choice out of sight. */
    public void show(
            Selection selection,
            List<Area> authorities,
            Area chosenLa,
            List<Indicator> indicators,
            Indicator chosenIndicator,
            List<Integer> periods,
            Integer chosenPeriod,
            List<String> models) {
        removeAll();
        // The route decides which lists a page offers, so route and selection name the whole form.
        add(fragments.get(
                List.of("choices", route, selection),
                () -> form(
                        selection, authorities, chosenLa, indicators, chosenIndicator, periods, chosenPeriod, models)));
    }

    private Element form(
            Selection selection,
            List<Area> authorities,
            Area chosenLa,
            List<Indicator> indicators,
            Indicator chosenIndicator,
            List<Integer> periods,
            Integer chosenPeriod,
            List<String> models) {
        Map<String, String> unseen = new LinkedHashMap<>();
        selection.toQueryParameters().getParameters().forEach((name, values) -> unseen.put(name, values.get(0)));
        Element form = new Element("form")
                .addClass("selection")
                .attr("method", "get")
                .attr("action", route.isEmpty() ? "." : route)
                .attr("aria-label", "Choices");
        field(
                form,
                unseen,
                "la",
                "Local authority",
                withChosen(authorities, chosenLa),
                Area::code,
                Area::name,
                chosenLa.code());
        if (indicators != null) {
            field(
                    form,
                    unseen,
                    "indicator",
                    "Indicator",
                    indicators,
                    Indicator::id,
                    Indicator::title,
                    chosenIndicator.id());
        }
        if (periods != null) {
            field(
                    form,
                    unseen,
                    "period",
                    "Year ending 31 March",
                    periods,
                    String::valueOf,
                    String::valueOf,
                    String.valueOf(chosenPeriod));
        }
        field(form, unseen, "sn", "Statistical neighbour model", models, m -> m, m -> m, selection.model());
        field(
                form,
                unseen,
                "average",
                "Neighbour average",
                List.of(Average.values()),
                Average::id,
                a -> a == Average.MEAN ? "Mean" : "Median",
                selection.average().id());
        unseen.forEach((name, value) -> form.appendElement("input")
                .attr("type", "hidden")
                .attr("name", name)
                .attr("value", value));
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("show-button")
                .text("Show");
        return form;
    }

    /** The lists offer current authorities; a predecessor's page (reached from its successor) still names itself. */
    private static List<Area> withChosen(List<Area> authorities, Area chosen) {
        if (authorities.stream().anyMatch(area -> area.code().equals(chosen.code()))) {
            return authorities;
        }
        List<Area> offered = new java.util.ArrayList<>(authorities);
        offered.add(chosen);
        offered.sort(java.util.Comparator.comparing(Area::name));
        return offered;
    }

    private static <T> void field(
            Element form,
            Map<String, String> unseen,
            String name,
            String label,
            List<T> items,
            Function<T, String> value,
            Function<T, String> text,
            String chosen) {
        unseen.remove(name);
        Element field = form.appendElement("div").addClass("selection-field");
        field.appendElement("label").attr("for", name).text(label);
        Element select = field.appendElement("select").attr("id", name).attr("name", name);
        for (T item : items) {
            Element option = select.appendElement("option")
                    .attr("value", value.apply(item))
                    .text(text.apply(item));
            if (value.apply(item).equals(chosen)) {
                option.attr("selected", true);
            }
        }
    }
}
