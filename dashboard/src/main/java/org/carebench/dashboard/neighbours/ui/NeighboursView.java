package org.carebench.dashboard.neighbours.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.NeighbourTable;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/**
 * The authority's statistical neighbours under the chosen model, with DfE's closeness labels. The
 * model and the average chosen here travel in the address to every other page.
 */
@RolesAllowed("VIEWER")
@Route("neighbours")
@Menu(order = 3, title = "Neighbours")
@PageTitle("Statistical neighbours | Carebench")
public class NeighboursView extends SelectionPage {

    private final ComparisonService comparisons;
    private final CatalogueService catalogue;

    public NeighboursView(
            ComparisonService comparisons,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments) {
        super("Statistical neighbours", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.comparisons = comparisons;
        this.catalogue = catalogue;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        ComparisonPage page = comparisons.pageOrLatest(
                selection.indicator(), selection.la(), selection.period(), selection.model(), selection.average());
        var n = page.selected().neighbours();
        heading.setText("Statistical neighbours of " + page.la().name() + " (" + n.model() + " model)");
        controls.show(
                selection,
                catalogue.localAuthorities(),
                page.la(),
                page.catalogue(),
                page.indicator(),
                null,
                null,
                page.neighbourModels());
        Paragraph about = new Paragraph(page.la().name() + " has "
                + page.neighbours().size()
                + " statistical neighbours in DfE's " + n.model() + " model, closest first. Figures below: "
                + page.indicator().title() + ", " + page.selected().period() + "; the neighbours' " + n.average()
                + " is taken over those with a figure.");
        about.setId("neighbours-summary");
        content.add(
                AsOfLine.of(page.asOf()),
                about,
                fragments.get(
                        List.of("neighbours", selection),
                        () -> NeighbourTable.of(
                                "neighbours",
                                "Statistical neighbours of " + page.la().name() + ", " + n.model() + " model",
                                page.neighbours(),
                                n)));
    }
}
