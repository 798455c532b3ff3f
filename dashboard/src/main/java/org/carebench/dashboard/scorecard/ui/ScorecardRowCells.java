package org.carebench.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.carebench.dashboard.base.ui.FigureCell;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.AreaFigure;
import org.carebench.dashboard.comparison.Comparison;
import org.carebench.dashboard.comparison.Direction;
import org.carebench.dashboard.comparison.LocalFigure;
import org.carebench.dashboard.comparison.ScorecardRow;

/** One indicator's cells; arrows and band letters carry their meaning in text as well as colour. */
final class ScorecardRowCells {

    private ScorecardRowCells() {
    }

    static void add(NativeTableRow tr, ScorecardRow row, boolean localColumn, RouterLink indicator) {
        tr.getElement().setAttribute("data-indicator", row.indicator().id());
        NativeTableHeaderCell name = tr.addHeaderCell();
        name.getElement().setAttribute("scope", "row");
        name.add(indicator, ScorecardTable.unit(row.indicator().unit()));
        Comparison c = row.comparison();
        cell(tr, figure(c.la()), "la");
        cell(tr, direction(c.direction()), "change");
        if (localColumn) {
            cell(tr, local(row.local(), c.period()), "local");
        }
        cell(tr, FigureCell.of(c.neighbours().value(), null, FigureFormat.average(c.neighbours())), "neighbours");
        cell(tr, figure(c.region()), "region");
        cell(tr, figure(c.england()), "england");
        cell(tr, new Span(c.rank() == null ? "" : c.rank().position() + " of " + c.rank().of()), "rank");
        cell(tr, band(c.quartile()), "quartile");
    }

    private static void cell(NativeTableRow tr, Component content, String column) {
        NativeTableCell cell = tr.addDataCell();
        cell.add(content);
        cell.addClassName(column);
    }

    private static Component figure(AreaFigure figure) {
        return figure == null ? FigureCell.of(null, null, null)
                : FigureCell.of(figure.value(), figure.status(), FigureFormat.figure(figure));
    }

    private static Component direction(Direction d) {
        if (d == null || d.change() == null) {
            return new Span("");
        }
        String arrow = switch (d.movement()) {
            case "up" -> "▲";
            case "down" -> "▼";
            default -> "▶";
        };
        String word = switch (d.judgement()) {
            case "better" -> " better";
            case "worse" -> " worse";
            default -> "";
        };
        Span span = new Span(arrow + " " + FigureFormat.change(d.change()) + word);
        span.addClassName("judgement-" + d.judgement());
        span.getElement().setAttribute("title", "From " + FigureFormat.number(d.previousValue()) + " in "
                + d.previousPeriod());
        return span;
    }

    private static Component local(LocalFigure local, int period) {
        if (local == null) {
            return new Span("");
        }
        Component figure = FigureCell.of(local.value(), local.status(), FigureFormat.number(local.value()));
        Span cell = new Span(figure);
        if (local.period() != period) {
            cell.add(new Span(" (" + local.period() + ")"));
        }
        cell.getElement().setAttribute("title", "Local, unpublished: " + local.extract());
        return cell;
    }

    private static Component band(String quartile) {
        if (quartile == null) {
            return new Span("");
        }
        Span band = new Span(quartile);
        band.addClassNames("band", "band-" + quartile.toLowerCase());
        return band;
    }
}
