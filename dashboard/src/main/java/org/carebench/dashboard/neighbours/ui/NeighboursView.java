package org.carebench.dashboard.neighbours.ui;

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
import org.carebench.dashboard.base.ui.NeighbourTable;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionControls;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.comparison.UnknownReferenceException;
import org.carebench.dashboard.scorecard.ui.ScorecardView;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;

/**
 * The authority's statistical neighbours under the chosen model, with DfE's closeness labels. The
 * model and the average chosen here travel in the address to every other page.
 */
@Route(value = "neighbours", layout = MainLayout.class)
@PageTitle("Statistical neighbours | Carebench")
public class NeighboursView extends VerticalLayout implements BeforeEnterObserver {

    private final ComparisonService comparisons;
    private final String defaultLa;
    private final SelectionControls controls = new SelectionControls(this::navigate);
    private final H2 heading = new H2("Statistical neighbours");
    private final Div content = new Div();

    public NeighboursView(ComparisonService comparisons, WarehouseProperties properties) {
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
            ComparisonPage page = comparisons.pageOrLatest(selection.indicator(), selection.la(), selection.period(),
                    selection.model(), selection.average());
            var n = page.selected().neighbours();
            heading.setText("Statistical neighbours of " + page.la().name() + " (" + n.model() + " model)");
            controls.show(selection, page.localAuthorities(), page.la(), page.catalogue(), page.indicator(),
                    null, null, page.neighbourModels());
            Paragraph about = new Paragraph(page.la().name() + " has " + page.neighbours().size()
                    + " statistical neighbours in DfE's " + n.model() + " model, closest first. Figures below: "
                    + page.indicator().title() + ", " + page.selected().period() + "; the neighbours' " + n.average()
                    + " is taken over those with a figure.");
            about.setId("neighbours-summary");
            content.add(AsOfLine.of(page.asOf()), about, NeighbourTable.of("neighbours", "Statistical neighbours of "
                    + page.la().name() + ", " + n.model() + " model", page.neighbours(), n));
        } catch (WarehouseUnavailableException e) {
            controls.setVisible(false);
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published."));
        } catch (UnknownReferenceException e) {
            controls.setVisible(false);
            content.add(new Paragraph(e.getMessage() + "."),
                    new RouterLink("Show the default scorecard", ScorecardView.class));
        }
    }

    private void navigate(Selection selection) {
        UI.getCurrent().navigate(NeighboursView.class, selection.toQueryParameters());
    }
}
