package org.carebench.dashboard.scorecard.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.comparison.Scorecard;
import org.carebench.dashboard.comparison.ScorecardRow;
import org.carebench.dashboard.indicator.ui.IndicatorView;

/** The scorecard as one table: a body per theme, headed by the theme's name. */
final class ScorecardTable {

    private ScorecardTable() {
    }

    static NativeTable of(Scorecard card, Selection selection) {
        boolean local = card.hasLocalFigures();
        NativeTable table = new NativeTable();
        table.setId("scorecard");
        table.addClassName("figures-table");
        table.setCaptionText(card.la().name() + ": every indicator for the year ending 31 March " + card.period()
                + ", beside its statistical neighbours (" + card.average() + ", " + card.model() + " model), "
                + (card.region() == null ? "" : card.region().name() + ", ") + "England");
        List<String> headers = new ArrayList<>(List.of("Indicator", card.la().name(), "Change since last year"));
        if (local) {
            headers.add("Local, unpublished");
        }
        headers.addAll(List.of("Neighbours' " + card.average(), card.region() == null ? "Region" : card.region().name(),
                "England", "Rank (1 = best)", "Band"));
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        headers.forEach(text -> {
            NativeTableHeaderCell cell = headRow.addHeaderCell();
            cell.setText(text);
            cell.getElement().setAttribute("scope", "col");
        });
        themes(card).forEach((theme, rows) -> {
            NativeTableBody body = table.addBody();
            body.addClassName("theme");
            NativeTableHeaderCell themeCell = body.addRow().addHeaderCell();
            themeCell.setText(theme);
            themeCell.getElement().setAttribute("scope", "colgroup").setAttribute("colspan", String.valueOf(headers.size()));
            themeCell.addClassName("theme-heading");
            rows.forEach(row -> ScorecardRowCells.add(body.addRow(), row, local, indicatorLink(row, selection)));
        });
        return table;
    }

    private static RouterLink indicatorLink(ScorecardRow row, Selection selection) {
        RouterLink link = new RouterLink(row.indicator().title(), IndicatorView.class);
        link.setQueryParameters(selection.withIndicator(row.indicator().id()).toQueryParameters());
        return link;
    }

    /** Themes in the order the catalogue lists them first. */
    private static Map<String, List<ScorecardRow>> themes(Scorecard card) {
        Map<String, List<ScorecardRow>> themes = new LinkedHashMap<>();
        for (String theme : List.of("Who becomes looked after and why", "What happens to them: placements and stability",
                "Outcomes: health", "Outcomes: education", "Outcomes: care leavers' work and accommodation",
                "Leaving care: adoption and special guardianship", "Context")) {
            themes.put(theme, new ArrayList<>());
        }
        card.rows().forEach(row -> themes.computeIfAbsent(row.indicator().theme(), t -> new ArrayList<>()).add(row));
        themes.values().removeIf(List::isEmpty);
        return themes;
    }

    static Span unit(String unit) {
        Span span = new Span(" (" + unit.replace("rate-per-10k", "per 10,000").replace("percent", "%") + ")");
        span.addClassName("unit");
        return span;
    }
}
