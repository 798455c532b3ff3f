package org.carebench.dashboard.releases.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.releases.ChangeCounts;
import org.carebench.dashboard.releases.Release;
import org.carebench.dashboard.releases.ReleaseChange;
import org.carebench.dashboard.releases.ReleaseFile;
import org.jsoup.nodes.Element;

/** One release on the Releases page: its dates, counts, revised figures and files, as HTML. */
final class ReleaseSection {

    /** Enough to read on a page; the CSV has every line. */
    static final int REVISIONS_SHOWN = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private ReleaseSection() {}

    static Element of(Release release, List<ReleaseChange> changes) {
        String id = "release-" + release.name().replaceAll("[^A-Za-z0-9-]", "");
        Element section = new Element("section").id(id).addClass("release");
        section.appendElement("h2").text(title(release));
        section.appendElement("p")
                .text("Loaded " + WHEN.format(release.lastLoaded()) + " (UTC) from "
                        + release.files().size()
                        + (release.files().size() == 1 ? " file." : " files.")
                        + (release.sample() ? " Sample data written by this product, not published statistics." : ""));
        section.appendElement("p").addClass("change-counts").text(counts(release));
        if (release.reported()) {
            section.appendElement("a")
                    .attr("href", "api/v1/releases/" + release.name() + "/changes?format=csv")
                    .attr("router-ignore", "")
                    .attr("download", "")
                    .text("Download the change report of " + inSentence(release) + " (CSV)");
        }
        List<ReleaseChange> revisions = changes.stream()
                .filter(c -> c.kind().equals("revised") || c.kind().equals("withdrawn"))
                .toList();
        if (!revisions.isEmpty()) {
            section.appendChild(revisionTable(id, release, revisions));
        }
        section.appendChild(fileTable(id, release));
        return section;
    }

    static String title(Release release) {
        if (release.name().startsWith("neighbours-")) {
            return "Statistical neighbour model " + release.name().substring("neighbours-".length());
        }
        return release.name().matches("\\d{4}") ? "The " + release.name() + " release" : "Neighbour models";
    }

    private static String inSentence(Release release) {
        String title = title(release);
        return title.startsWith("The ")
                ? "the" + title.substring(3)
                : title.substring(0, 1).toLowerCase(Locale.UK) + title.substring(1);
    }

    private static String counts(Release release) {
        if (!release.reported()) {
            return "No change report: loaded before the warehouse kept them.";
        }
        ChangeCounts c = release.changes();
        return "What it changed: " + plural(c.newPeriods(), "new period") + " (indicator and year), "
                + plural(c.revised(), "figure") + " revised, " + c.withdrawn() + " withdrawn, and the neighbours of "
                + plural(c.neighbours(), "authority", "authorities") + " changed.";
    }

    private static Element revisionTable(String id, Release release, List<ReleaseChange> revisions) {
        Element table = new Element("table").id(id + "-revisions").addClass("figures-table");
        String caption = "Figures " + inSentence(release) + " revised or withdrew"
                + (revisions.size() > REVISIONS_SHOWN
                        ? " (the first " + REVISIONS_SHOWN + " of " + revisions.size() + "; the CSV has them all)"
                        : "");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String text : new String[] {"Indicator", "Area", "Year", "Breakdown", "Published before", "Now"}) {
            HtmlTables.headerCell(head, text, "col");
        }
        Element body = table.appendElement("tbody");
        for (ReleaseChange c : revisions.subList(0, Math.min(REVISIONS_SHOWN, revisions.size()))) {
            Element row = body.appendElement("tr").attr("data-kind", c.kind());
            row.appendElement("td").text(c.indicatorTitle() == null ? c.indicatorId() : c.indicatorTitle());
            row.appendElement("td").text(c.areaName() == null ? c.areaCode() : c.areaName());
            row.appendElement("td").text(String.valueOf(c.period()));
            row.appendElement("td").text(c.breakdown() == null || c.breakdown().isEmpty() ? "All" : c.breakdown());
            figure(row.appendElement("td"), c.oldValue(), c.oldStatus(), c.oldRelease());
            if (c.kind().equals("withdrawn") && c.newValue() == null && c.newStatus() == null) {
                row.appendElement("td").text("not in this release");
            } else {
                figure(row.appendElement("td"), c.newValue(), c.newStatus(), c.newRelease());
            }
        }
        return HtmlTables.scrollBox(table, caption);
    }

    private static void figure(Element cell, Double value, String status, String release) {
        HtmlTables.figure(cell, value, status, FigureFormat.number(value));
        if (release != null) {
            cell.appendText(" (" + release + " release)");
        }
    }

    private static Element fileTable(String id, Release release) {
        Element table = new Element("table").id(id + "-files").addClass("figures-table");
        String caption = "Files of " + inSentence(release);
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String text : new String[] {"File", "Layout", "Rows loaded", "Loaded (UTC)"}) {
            HtmlTables.headerCell(head, text, "col");
        }
        Element body = table.appendElement("tbody");
        for (ReleaseFile file : release.files()) {
            Element row = body.appendElement("tr");
            HtmlTables.headerCell(row, file.fileName(), "row");
            row.appendElement("td").text(file.layout());
            row.appendElement("td").text(FigureFormat.number((double) file.rows()));
            row.appendElement("td").text(WHEN.format(file.loadedAt()));
        }
        return HtmlTables.scrollBox(table, caption);
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return FigureFormat.number((double) n) + " " + (n == 1 ? one : many);
    }
}
