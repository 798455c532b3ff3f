package org.carebench.dashboard.pack.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/**
 * A councillors' training pack: the authority and year are chosen as on every page; then the
 * indicators, with the session's default set ticked, and a plain form that downloads the slides.
 */
@RolesAllowed("VIEWER")
@Route("pack")
@Menu(order = 4, title = "Training pack")
@PageTitle("Training pack | Carebench")
public class PackView extends SelectionPage {

    private final ScorecardService scorecards;
    private final CatalogueService catalogue;

    public PackView(
            ScorecardService scorecards,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments) {
        super("Training pack", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.scorecards = scorecards;
        this.catalogue = catalogue;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        // The scorecard knows which indicators the authority has figures for, and in which years.
        Scorecard card =
                scorecards.scorecard(selection.la(), selection.period(), selection.model(), selection.average());
        heading.setText("Training pack: " + card.la().name() + ", year ending 31 March " + card.period());
        controls.show(
                selection,
                catalogue.localAuthorities(),
                card.la(),
                null,
                null,
                card.periods(),
                card.period(),
                card.neighbourModels());
        content.add(new Paragraph("A PowerPoint pack for a corporate-parenting session: a slide for each indicator"
                + " with its trend as an editable chart, the headline figures and a plain sentence; the definition"
                + " and caveats in the speaker notes; and questions a councillor might ask."));
        content.add(new HtmlFragment(HtmlFragment.Markup.of(PackForm.of(card))));
    }
}
