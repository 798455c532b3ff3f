package org.carebench.dashboard.releases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.releases.Release;
import org.carebench.dashboard.releases.ReleaseService;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;

/**
 * Every release loaded into the current snapshot, newest first: when it was loaded and from which
 * files, what its change report counts, the figures it revised or withdrew, and the whole report as CSV.
 */
@RolesAllowed("VIEWER")
@Route("releases")
@Menu(order = 7, title = "Releases")
@PageTitle("Releases | Carebench")
public class ReleasesView extends Div {

    public ReleasesView(ReleaseService releases) {
        addClassName("page");
        Div content = new Div();
        content.addClassName("page-content");
        add(new H1("Releases loaded"), content);
        try {
            List<Release> loaded = releases.releases();
            content.add(new Paragraph("Each release of DfE's statistics revises earlier years. Below, every release"
                    + " the warehouse holds, with what it changed: the years it added, the figures it revised"
                    + " (old and new value) or withdrew, and the statistical neighbours it changed."));
            if (loaded.isEmpty()) {
                content.add(new Paragraph("No release has been loaded yet."));
            }
            for (Release release : loaded) {
                content.add(new HtmlFragment(
                        HtmlFragment.Markup.of(ReleaseSection.of(release, releases.changes(release.name())))));
            }
        } catch (WarehouseUnavailableException e) {
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published. "
                    + "Run an import, then reload this page."));
        }
    }
}
