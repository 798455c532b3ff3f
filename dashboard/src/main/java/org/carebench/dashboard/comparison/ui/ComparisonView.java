package org.carebench.dashboard.comparison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.stream.Collectors;
import org.carebench.dashboard.base.ui.EChart;
import org.carebench.dashboard.base.ui.MainLayout;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.comparison.UnknownReferenceException;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;

/**
 * A local authority's figure over the years beside England, its region and its statistical
 * neighbours. The address holds every choice, so a copied link reproduces the view.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Comparison | Carebench")
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver {

    static final String INDICATOR = "cla-rate-per-10k";

    private final ComparisonService comparisons;
    private final String defaultLa;
    private final ComparisonControls controls = new ComparisonControls(this::navigate);
    private final Div content = new Div();

    public ComparisonView(ComparisonService comparisons, WarehouseProperties properties) {
        this.comparisons = comparisons;
        this.defaultLa = properties.defaultLa();
        content.setWidthFull();
        add(new H2("Children looked after: comparison with England, region and statistical neighbours"),
                controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ComparisonSelection selection = ComparisonSelection.from(event.getLocation().getQueryParameters(), defaultLa);
        content.removeAll();
        try {
            ComparisonPage page = comparisons.page(INDICATOR, selection.la(), selection.period(), selection.model(),
                    selection.average());
            controls.show(page, selection);
            showPage(page);
        } catch (WarehouseUnavailableException e) {
            controls.setVisible(false);
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published. "
                    + "Run an import, then reload this page."));
        } catch (UnknownReferenceException e) {
            controls.setVisible(false);
            RouterLink fallback = new RouterLink("Show the default local authority", ComparisonView.class);
            content.add(new Paragraph(e.getMessage() + "."), fallback);
        }
    }

    private void showPage(ComparisonPage page) {
        if (page.sampleData()) {
            Div banner = new Div("Sample data: not published statistics");
            banner.addClassName("sample-banner");
            banner.getElement().setAttribute("role", "note");
            content.add(banner);
        }
        String summary = ComparisonSummary.sentence(page);
        Paragraph sentence = new Paragraph(summary);
        sentence.setId("comparison-summary");
        EChart chart = new EChart("Line chart. " + summary + " The table below gives every year's figures.");
        chart.setOption(ComparisonChartOptions.lineChart(page));
        content.add(sentence, chart, ComparisonTable.of(page), asOf(page));
    }

    private static Paragraph asOf(ComparisonPage page) {
        String files = page.sources().stream()
                .map(s -> s.fileName() + (s.release() == null ? "" : " (" + s.release() + ")")
                        + (s.sample() ? " [sample]" : ""))
                .collect(Collectors.joining("; "));
        Paragraph asOf = new Paragraph("As of: " + (files.isEmpty() ? "no source files recorded" : files));
        asOf.addClassName("as-of");
        return asOf;
    }

    private void navigate(ComparisonSelection selection) {
        UI.getCurrent().navigate("", QueryParameters.simple(selection.toParameters()));
    }
}
