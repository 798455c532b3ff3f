package org.carebench.dashboard.indicator.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.ChartControls;
import org.carebench.dashboard.base.ui.EChart;
import org.carebench.dashboard.base.ui.EChartPoints;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.NeighbourTable;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.commentary.CommentaryService;
import org.carebench.dashboard.commentary.ui.CommentSection;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.export.ui.DownloadLinks;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.releases.ReleaseService;
import org.carebench.dashboard.releases.ui.RevisionNotes;
import org.carebench.dashboard.security.CurrentUser;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/**
 * One indicator for one local authority: the trend beside England, its region and its statistical
 * neighbours, the neighbours in the selected year, every authority's figure, and what the figure means.
 */
@RolesAllowed("VIEWER")
@Route("indicator")
@Menu(order = 2, title = "Indicator")
@PageTitle("Indicator | Carebench")
public class IndicatorView extends SelectionPage {

    private final ComparisonService comparisons;
    private final CatalogueService catalogue;
    private final CommentaryService commentary;
    private final CurrentUser user;
    private final ReleaseService releases;

    public IndicatorView(
            ComparisonService comparisons,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments,
            CommentaryService commentary,
            CurrentUser user,
            ReleaseService releases) {
        super("Indicator", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.comparisons = comparisons;
        this.catalogue = catalogue;
        this.commentary = commentary;
        this.user = user;
        this.releases = releases;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        ComparisonPage page = comparisons.pageOrLatest(
                selection.indicator(), selection.la(), selection.period(), selection.model(), selection.average());
        heading.setText(page.indicator().title() + ": " + page.la().name());
        controls.show(
                selection,
                catalogue.localAuthorities(),
                page.la(),
                page.catalogue(),
                page.indicator(),
                page.periods(),
                page.selected().period(),
                page.neighbourModels());
        List<String> sort = parameters.getParameters().getOrDefault("sort", List.of());
        showPage(page, selection, sort.isEmpty() ? "name-asc" : sort.get(0), parameters);
        if (!sort.isEmpty()) {
            // A sort is a new address, which would leave the reader at the top of the page: put them
            // back on the header they used, with the focus there for keyboard users.
            getElement()
                    .executeJs("document.getElementById($0)?.focus()", AllAuthoritiesTable.sortButtonId(sort.get(0)));
        }
    }

    private void showPage(ComparisonPage page, Selection selection, String sort, QueryParameters parameters) {
        String summary = ComparisonSummary.sentence(page);
        Paragraph sentence = new Paragraph(summary);
        sentence.setId("comparison-summary");
        EChart trend = new EChart("Line chart. " + summary + " The table below gives every year's figures.");
        ObjectNode trendOption = EChartPoints.pointsWhereAlone(ComparisonChartOptions.lineChart(page));
        trend.setOption(trendOption);
        trend.setId("trend-chart");
        content.add(AsOfLine.of(page.asOf()), sentence, new H2("Trend"));
        var reorganisations = comparisons.reorganisations(page.la().code());
        if (!reorganisations.isEmpty()) {
            content.add(fragments.get(
                    List.of("reorganisation", selection),
                    () -> ReorganisationNote.of(page.la(), reorganisations, selection)));
        }
        content.add(
                trend,
                new ChartControls("trend-chart", seriesNames(trendOption), true),
                DownloadLinks.chart(selection, page.selected().period(), "trend", "Trend chart"),
                fragments.get(List.of("comparison", selection), () -> ComparisonTable.of(page)));
        RevisionNotes.of(
                        page.la().name(),
                        releases.firstPublished(page.indicator().id(), page.la().code()))
                .ifPresent(content::add);
        addNeighbours(page, selection);
        String allCaption =
                "Every local authority, year ending 31 March " + page.selected().period();
        content.add(new H2(allCaption));
        addCaterpillar(page);
        content.add(fragments.get(
                List.of("all-authorities", selection, sort),
                () -> AllAuthoritiesTable.of(
                        page.allLocalAuthorities(),
                        page.la().code(),
                        page.indicator().title() + ": every local authority, year ending 31 March "
                                + page.selected().period(),
                        selection,
                        sort)));
        content.add(fragments.get(List.of("notes", selection), () -> IndicatorNotes.of(page)));
        addCommentary(page, parameters);
        content.add(DownloadLinks.indicator(selection, page.selected().period()));
    }

    /** Every authority's figure as a sorted bar, the authority and its neighbours marked; the table follows. */
    private void addCaterpillar(ComparisonPage page) {
        String summary = CaterpillarSummary.sentence(page);
        Paragraph sentence = new Paragraph(summary);
        sentence.setId("caterpillar-summary");
        EChart chart = new EChart(
                "Bar chart of every local authority. " + summary + " The table below lists every authority's figure.");
        chart.setId("caterpillar-chart");
        chart.setHeight("360px");
        chart.setOption(CaterpillarChartOptions.barChart(page));
        content.add(sentence, chart);
    }

    private static List<String> seriesNames(ObjectNode option) {
        List<String> names = new java.util.ArrayList<>();
        option.path("series").forEach(series -> names.add(series.path("name").asText()));
        return names;
    }

    /** Never cached: comments change at any time, and what a reader sees depends on their role. */
    private void addCommentary(ComparisonPage page, QueryParameters parameters) {
        boolean analyst = user.isAnalyst();
        int period = page.selected().period();
        content.add(new CommentSection(
                page.la().code(),
                page.indicator().id(),
                period,
                commentary.forFigure(
                        page.la().code(), page.indicator().id(), period, analyst ? Audience.INTERNAL : Audience.PUBLIC),
                analyst ? user.username().orElse(null) : null,
                parameters
                        .getSingleParameter("edit")
                        .filter(id -> id.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .orElse(null)));
    }

    private void addNeighbours(ComparisonPage page, Selection selection) {
        var n = page.selected().neighbours();
        String title = page.la().name() + " and its statistical neighbours, "
                + page.selected().period();
        EChart bars = new EChart("Bar chart. " + title + ": " + page.la().name() + " "
                + ComparisonSummary.figureText(page.selected().la()) + ", neighbours' " + n.average() + " "
                + FigureFormat.average(n) + ". The table below gives each figure.");
        bars.setOption(NeighbourBarChartOptions.barChart(page));
        bars.setId("neighbour-chart");
        bars.setHeight(Math.max(260, 40 * (n.members().size() + 1)) + "px");
        content.add(
                new H2(title),
                bars,
                DownloadLinks.chart(selection, page.selected().period(), "neighbours", "Neighbours bar chart"),
                fragments.get(
                        List.of("neighbour-table", selection),
                        () -> NeighbourTable.of(
                                "neighbour-table", title + " (" + n.model() + " model)", page.neighbours(), n)));
    }
}
