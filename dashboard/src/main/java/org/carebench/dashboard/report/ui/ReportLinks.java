package org.carebench.dashboard.report.ui;

import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.base.ui.Selection;
import org.jsoup.nodes.Element;

/** The report as files: plain links to the API, followed by the browser itself ({@code router-ignore}). */
final class ReportLinks {

    private ReportLinks() {}

    static HtmlFragment of(Selection selection, int period) {
        String query = "la=" + selection.la() + "&period=" + period + "&sn=" + selection.model() + "&average="
                + selection.average().id();
        Element nav = new Element("nav")
                .id("report-downloads")
                .addClass("downloads")
                .attr("aria-label", "Download the board report");
        nav.appendElement("p").text("Download the board report, or print this page (A4):");
        Element list = nav.appendElement("ul");
        for (String[] link : new String[][] {
            {"Word (.docx)", "docx"}, {"PDF", "pdf"}, {"Word, for a public audience (.docx)", "docx&audience=public"}
        }) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", "api/v1/board-report?" + query + "&format=" + link[1])
                    .attr("download", "")
                    .attr("router-ignore", "")
                    .text("Board report: " + link[0]);
        }
        return new HtmlFragment(HtmlFragment.Markup.of(nav));
    }
}
