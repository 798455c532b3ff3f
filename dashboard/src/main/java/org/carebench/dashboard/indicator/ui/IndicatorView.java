package org.carebench.dashboard.indicator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.EChart;
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
 * One indicator for one local authority: the trend beside England, its region and its statistical
 * neighbours, the neighbours in the selected year, every authority's figure, and what the figure means.
 */
@Route(value = "indicator", layout = MainLayout.class)
@PageTitle("Indicator | Carebench")
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver {

    private final ComparisonService comparisons;
    private final String defaultLa;
    private final SelectionControls controls = new SelectionControls(this::navigate);
    private final H2 heading = new H2("Indicator");
    private final Div content = new Div();

    public IndicatorView(ComparisonService comparisons, WarehouseProperties properties) {
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
            ComparisonPage page = comparisons.pageOrLatest(selection.indicator(), selection.la(),
                    selection.period(), selection.model(), selection.average());
            heading.setText(page.indicator().title() + ": " + page.la().name());
            controls.show(selection, page.localAuthorities(), page.la(), page.catalogue(), page.indicator(),
                    page.periods(), page.selected().period(), page.neighbourModels());
            showPage(page, selection, event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("sort", List.of("name-asc")).get(0));
        } catch (WarehouseUnavailableException e) {
            controls.setVisible(false);
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published. "
                    + "Run an import, then reload this page."));
        } catch (UnknownReferenceException e) {
            controls.setVisible(false);
            content.add(new Paragraph(e.getMessage() + "."),
                    new RouterLink("Show the default scorecard", ScorecardView.class));
        }
    }

    private void showPage(ComparisonPage page, Selection selection, String sort) {
        String summary = ComparisonSummary.sentence(page);
        Paragraph sentence = new Paragraph(summary);
        sentence.setId("comparison-summary");
        EChart trend = new EChart("Line chart. " + summary + " The table below gives every year's figures.");
        trend.setOption(ComparisonChartOptions.lineChart(page));
        trend.setId("trend-chart");
        content.add(AsOfLine.of(page.asOf()), sentence, new H3("Trend"), trend, ComparisonTable.of(page));
        addNeighbours(page);
        String allCaption = "Every local authority, year ending 31 March " + page.selected().period();
        content.add(new H3(allCaption), AllAuthoritiesTable.of(page.allLocalAuthorities(), page.la().code(),
                page.indicator().title() + ": " + allCaption.toLowerCase(), selection, sort));
        content.add(IndicatorNotes.of(page));
    }

    private void addNeighbours(ComparisonPage page) {
        var n = page.selected().neighbours();
        String title = page.la().name() + " and its statistical neighbours, " + page.selected().period();
        EChart bars = new EChart("Bar chart. " + title + ": " + page.la().name() + " "
                + ComparisonSummary.figureText(page.selected().la()) + ", neighbours' " + n.average() + " "
                + org.carebench.dashboard.base.ui.FigureFormat.average(n) + ". The table below gives each figure.");
        bars.setOption(NeighbourBarChartOptions.barChart(page));
        bars.setId("neighbour-chart");
        bars.setHeight(Math.max(260, 40 * (n.members().size() + 1)) + "px");
        content.add(new H3(title), bars, NeighbourTable.of("neighbour-table", title + " (" + n.model()
                + " model)", page.neighbours(), n));
    }

    private void navigate(Selection selection) {
        UI.getCurrent().navigate(IndicatorView.class, selection.toQueryParameters());
    }
}
