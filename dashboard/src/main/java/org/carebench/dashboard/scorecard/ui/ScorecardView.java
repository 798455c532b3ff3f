package org.carebench.dashboard.scorecard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.MainLayout;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionControls;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.comparison.Scorecard;
import org.carebench.dashboard.comparison.ScorecardService;
import org.carebench.dashboard.comparison.UnknownReferenceException;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;

/** Every indicator for one local authority and year, grouped by theme, beside its comparators. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Scorecard | Carebench")
public class ScorecardView extends VerticalLayout implements BeforeEnterObserver {

    private final ScorecardService scorecards;
    private final ComparisonService comparisons;
    private final String defaultLa;
    private final SelectionControls controls = new SelectionControls(this::navigate);
    private final H2 heading = new H2("Scorecard");
    private final Div content = new Div();

    public ScorecardView(ScorecardService scorecards, ComparisonService comparisons, WarehouseProperties properties) {
        this.scorecards = scorecards;
        this.comparisons = comparisons;
        this.defaultLa = properties.defaultLa();
        content.setWidthFull();
        // The page's own content is the main landmark; the layout's header is the banner.
        getElement().setAttribute("role", "main");
        add(heading, controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Selection selection = Selection.from(event.getLocation().getQueryParameters(), defaultLa);
        content.removeAll();
        try {
            Scorecard card = scorecards.scorecard(selection.la(), selection.period(), selection.model(),
                    selection.average());
            heading.setText("Scorecard: " + card.la().name() + ", year ending 31 March " + card.period());
            controls.show(selection, comparisons.localAuthorities(), card.la(), null, null, card.periods(),
                    card.period(), card.neighbourModels());
            content.add(AsOfLine.of(card.asOf()), ScorecardTable.of(card, selection), SymbolLegend.create());
        } catch (WarehouseUnavailableException e) {
            controls.setVisible(false);
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published. "
                    + "Run an import, then reload this page."));
        } catch (UnknownReferenceException e) {
            controls.setVisible(false);
            content.add(new Paragraph(e.getMessage() + "."),
                    new RouterLink("Show the default local authority", ScorecardView.class));
        }
    }

    private void navigate(Selection selection) {
        UI.getCurrent().navigate(ScorecardView.class, selection.toQueryParameters());
    }
}
