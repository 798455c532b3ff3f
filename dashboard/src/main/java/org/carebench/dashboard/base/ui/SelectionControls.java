package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carebench.dashboard.comparison.Area;
import org.carebench.dashboard.comparison.Average;
import org.carebench.dashboard.comparison.Indicator;

/**
 * The reader's choices; every change becomes a new address rather than a change in place, so the
 * back button and a copied link both work. A page shows only the choices that apply to it.
 */
public class SelectionControls extends HorizontalLayout {

    private final ComboBox<Area> la = new ComboBox<>("Local authority");
    private final ComboBox<Indicator> indicator = new ComboBox<>("Indicator");
    private final Select<Integer> period = new Select<>();
    private final Select<String> model = new Select<>();
    private final Select<Average> average = new Select<>();
    private Selection shown;

    public SelectionControls(Consumer<Selection> onChange) {
        la.setId("la");
        la.setItemLabelGenerator(Area::name);
        la.setWidth("16rem");
        indicator.setId("indicator");
        indicator.setItemLabelGenerator(Indicator::title);
        indicator.setWidth("22rem");
        period.setId("period");
        period.setLabel("Year ending 31 March");
        model.setId("sn");
        model.setLabel("Statistical neighbour model");
        average.setId("average");
        average.setLabel("Neighbour average");
        average.setItems(Average.values());
        average.setItemLabelGenerator(a -> a == Average.MEAN ? "Mean" : "Median");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        la.addValueChangeListener(e -> changed(e, onChange, area -> shown.withLa(area.code())));
        indicator.addValueChangeListener(e -> changed(e, onChange, i -> shown.withIndicator(i.id())));
        period.addValueChangeListener(e -> changed(e, onChange, shown::withPeriod));
        model.addValueChangeListener(e -> changed(e, onChange, shown::withModel));
        average.addValueChangeListener(e -> changed(e, onChange, shown::withAverage));
        add(la, indicator, period, model, average);
    }

    /** Shows the choices; null lists hide the matching control. */
    public void show(Selection selection, List<Area> authorities, Area chosenLa, List<Indicator> indicators,
            Indicator chosenIndicator, List<Integer> periods, Integer chosenPeriod, List<String> models) {
        shown = selection;
        setVisible(true);
        la.setItems(authorities);
        la.setValue(chosenLa);
        indicator.setVisible(indicators != null);
        if (indicators != null) {
            indicator.setItems(indicators);
            indicator.setValue(chosenIndicator);
        }
        period.setVisible(periods != null);
        if (periods != null) {
            period.setItems(periods);
            period.setValue(chosenPeriod);
        }
        model.setItems(models);
        model.setValue(selection.model());
        average.setValue(selection.average());
    }

    private <T> void changed(ComponentValueChangeEvent<?, T> event, Consumer<Selection> onChange,
            Function<T, Selection> next) {
        // Values set by show() are not the reader's choices; only client changes navigate.
        if (event.isFromClient() && event.getValue() != null && shown != null) {
            onChange.accept(next.apply(event.getValue()));
        }
    }
}
