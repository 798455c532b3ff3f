package org.carebench.dashboard.profile.ui;

import java.util.List;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.profile.Profile;
import org.carebench.dashboard.profile.ProfileCategory;
import org.carebench.dashboard.profile.ProfileDimension;
import org.jsoup.nodes.Element;

/** One characteristic's shares as a table: a row per category, a column per comparator. */
final class ProfileTable {

    private ProfileTable() {}

    static Element of(String id, String caption, Profile profile, ProfileDimension dimension, List<ProfileRows> rows) {
        Element table = new Element("table").id(id).addClass("figures-table").addClass("profile-table");
        table.appendElement("caption").text(caption);
        Element header = table.appendElement("thead").appendElement("tr");
        HtmlTables.headerCell(header, dimension.title(), "col");
        rows.forEach(row -> HtmlTables.headerCell(header, row.name() + " (%)", "col"));
        HtmlTables.headerCell(header, "Neighbours with a figure", "col");
        Element body = table.appendElement("tbody");
        for (ProfileCategory category : dimension.categories()) {
            Element row = body.appendElement("tr");
            HtmlTables.headerCell(row, category.label(), "row");
            for (ProfileRows comparator : rows) {
                Double value = comparator.value().apply(category);
                boolean average = comparator.style() == SeriesStyle.NEIGHBOURS;
                String text = average
                        ? FigureFormat.average(new org.carebench.dashboard.figures.NeighbourAverage(
                                profile.model(), profile.average(), value, category.neighboursWithFigure(), List.of()))
                        : FigureFormat.number(value);
                HtmlTables.figure(
                        row.appendElement("td"), value, comparator.symbol().apply(category), text);
            }
            row.appendElement("td").text(category.neighboursWithFigure() + " of " + profile.neighbourCount());
        }
        return HtmlTables.scrollBox(table, caption);
    }
}
