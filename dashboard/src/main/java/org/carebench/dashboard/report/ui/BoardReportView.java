package org.carebench.dashboard.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.board.BoardService;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.commentary.AudienceChoice;
import org.carebench.dashboard.report.BoardReport;
import org.carebench.dashboard.report.ReportHtml;
import org.carebench.dashboard.report.ReportRequest;
import org.carebench.dashboard.report.ReportService;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/**
 * The board report as a page to print: its print stylesheet drops the navigation and the choices and
 * sets A4 with a page per section; links offer the same report as Word and PDF.
 */
@RolesAllowed("VIEWER")
@Route("board-report")
@Menu(order = 5, title = "Board report")
@PageTitle("Board report | Carebench")
@StyleSheet("context://styles/board-report.css")
public class BoardReportView extends SelectionPage {

    private final ReportService reports;
    private final CatalogueService catalogue;
    private final AudienceChoice audiences;
    private final BoardService boards;

    public BoardReportView(
            ReportService reports,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments,
            AudienceChoice audiences,
            BoardService boards) {
        super("Board report", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.reports = reports;
        this.catalogue = catalogue;
        this.audiences = audiences;
        this.boards = boards;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        BoardReport report = reports.report(new ReportRequest(
                selection.la(), selection.period(), null, selection.model(), selection.average(), audiences.of(null)));
        var card = report.scorecard();
        heading.setText("Board report: " + card.la().name() + ", year ending 31 March " + card.period());
        controls.show(
                selection,
                catalogue.localAuthorities(),
                card.la(),
                null,
                null,
                card.periods(),
                card.period(),
                card.neighbourModels());
        content.add(ReportLinks.of(selection, card.period()));
        content.add(new HtmlFragment(HtmlFragment.Markup.of(ReportHtml.body(report))));
        if (audiences.internalAllowed()) {
            // Analysts only: a public audience is all anyone else gets, and only analysts may save.
            content.add(new HtmlFragment(HtmlFragment.Markup.of(
                    BoardListForm.of(card, boards.followed(card.la().code())))));
        }
    }
}
