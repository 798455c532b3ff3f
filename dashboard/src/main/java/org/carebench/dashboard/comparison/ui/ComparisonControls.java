package org.carebench.dashboard.comparison.ui;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carebench.dashboard.comparison.Area;
import org.carebench.dashboard.comparison.Average;
import org.carebench.dashboard.comparison.ComparisonPage;

/** The reader's choices; every change becomes a new address rather than a change in place. */
class ComparisonControls extends HorizontalLayout {

    private final ComboBox<Area> la = new ComboBox<>("Local authority");
    private final Select<Integer> period = new Select<>();
    private final Select<String> model = new Select<>();
    private final Select<Average> average = new Select<>();
    private ComparisonSelection shown;

    ComparisonControls(Consumer<ComparisonSelection> onChange) {
        la.setId("la");
        la.setItemLabelGenerator(Area::name);
        la.setWidth("18rem");
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
        period.addValueChangeListener(e -> changed(e, onChange, shown::withPeriod));
        model.addValueChangeListener(e -> changed(e, onChange, shown::withModel));
        average.addValueChangeListener(e -> changed(e, onChange, shown::withAverage));
        add(la, period, model, average);
    }

    void show(ComparisonPage page, ComparisonSelection selection) {
        shown = selection;
        setVisible(true);
        la.setItems(page.localAuthorities());
        la.setValue(page.la());
        period.setItems(page.periods());
        period.setValue(page.selected().period());
        model.setItems(page.neighbourModels());
        model.setValue(page.selected().neighbours().model());
        average.setValue(selection.average());
    }

    private <T> void changed(ComponentValueChangeEvent<?, T> event, Consumer<ComparisonSelection> onChange,
            Function<T, ComparisonSelection> next) {
        // Values set by show() are not the reader's choices; only client changes navigate.
        if (event.isFromClient() && event.getValue() != null && shown != null) {
            onChange.accept(next.apply(event.getValue()));
        }
    }
}
