package org.carebench.dashboard.scorecard.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.export.ui.DownloadLinks;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.carebench.dashboard.security.LocalFiguresAccess;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/** Every indicator for one local authority and year, grouped by theme, beside its comparators. */
@RolesAllowed("VIEWER")
@Route("")
@Menu(order = 1, title = "Scorecard")
@PageTitle("Scorecard | Carebench")
public class ScorecardView extends SelectionPage {

    private final ScorecardService scorecards;
    private final CatalogueService catalogue;
    private final LocalFiguresAccess localFigures;

    public ScorecardView(
            ScorecardService scorecards,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments,
            LocalFiguresAccess localFigures) {
        super("Scorecard", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.scorecards = scorecards;
        this.catalogue = catalogue;
        this.localFigures = localFigures;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        boolean local = localFigures.granted();
        Scorecard full =
                scorecards.scorecard(selection.la(), selection.period(), selection.model(), selection.average());
        Scorecard card = local ? full : full.withoutLocalFigures();
        heading.setText("Scorecard: " + card.la().name() + ", year ending 31 March " + card.period());
        controls.show(
                selection,
                catalogue.localAuthorities(),
                card.la(),
                null,
                null,
                card.periods(),
                card.period(),
                card.neighbourModels());
        content.add(
                AsOfLine.of(card.asOf()),
                fragments.get(
                        // Local figures from the application database change between snapshots.
                        List.of(
                                "scorecard",
                                selection,
                                local,
                                card.rows().stream()
                                        .map(row -> java.util.Objects.toString(row.local()))
                                        .toList()),
                        () -> ScorecardTable.of(card, selection, catalogue.themes())),
                SymbolLegend.create());
        content.add(DownloadLinks.scorecard(selection, card.period()));
    }
}
