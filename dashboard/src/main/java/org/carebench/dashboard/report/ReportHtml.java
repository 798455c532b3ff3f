package org.carebench.dashboard.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The board report as one HTML document: the print page shows its body, and the PDF is drawn from the
 * whole of it. A4, one section per page: performance on a page, then what each indicator means.
 */
public final class ReportHtml {

    static final String PRINT_CSS = "@page { size: A4; margin: 15mm; }"
            + " body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #1f2937; }"
            + " h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 10pt 0 4pt; }"
            + " table { border-collapse: collapse; width: 100%; }"
            + " th, td { border: 0.5pt solid #9ca3af; padding: 2pt 4pt; text-align: right; vertical-align: top; }"
            + " td { white-space: nowrap; } th:first-child, td:first-child { text-align: left; }"
            + " thead th { background: #e5e7eb; }"
            + " tr { page-break-inside: avoid; } .report-section + .report-section { page-break-before: always; }"
            + " dt { font-weight: bold; margin-top: 4pt; } dd { margin: 0 0 2pt 0; }"
            + " dd.report-comment { margin-left: 8pt; font-style: italic; }";

    private ReportHtml() {}

    public static Document document(BoardReport report) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text(report.title());
        document.head().appendElement("style").appendText(PRINT_CSS);
        document.body().appendChild(body(report));
        return document;
    }

    /** What the print page and the PDF show: the sections, without the page around them. */
    public static Element body(BoardReport report) {
        Element article = new Element("article").id("board-report");
        Element summary =
                article.appendElement("section").addClass("report-section").id("performance");
        summary.appendElement("h1").text(report.title());
        summary.appendElement("p").addClass("report-subtitle").text(report.subtitle());
        Map<String, List<ScorecardRow>> byTheme = new LinkedHashMap<>();
        report.rows()
                .forEach(row -> byTheme.computeIfAbsent(row.indicator().theme(), t -> new java.util.ArrayList<>())
                        .add(row));
        String caption = "Performance on a page: rank 1 = best; band A = best quarter";
        // On a narrow screen the table scrolls in its own named box, as every table on the pages does.
        Element box = summary.appendElement("div")
                .addClass("table-scroll")
                .attr("role", "region")
                .attr("tabindex", "0")
                .attr("aria-label", caption);
        Element table = box.appendElement("table").id("report-table");
        table.appendElement("caption").text(caption);
        Element header = table.appendElement("thead").appendElement("tr");
        ReportCells.HEADERS.forEach(
                text -> header.appendElement("th").attr("scope", "col").text(text));
        byTheme.forEach((theme, rows) -> {
            Element body = table.appendElement("tbody");
            body.appendElement("tr")
                    .appendElement("th")
                    .attr("colspan", "8")
                    .attr("scope", "colgroup")
                    .text(theme);
            rows.forEach(row -> {
                Element tr = body.appendElement("tr")
                        .attr("data-indicator", row.indicator().id());
                List<String> cells = ReportCells.of(row);
                tr.appendElement("th").attr("scope", "row").text(cells.get(0));
                cells.subList(1, cells.size())
                        .forEach(text -> tr.appendElement("td").text(text));
            });
        });
        Element notes =
                article.appendElement("section").addClass("report-section").id("definitions");
        changes(notes, report);
        notes.appendElement("h2").text("What the figures mean");
        Element list = notes.appendElement("dl");
        report.rows().forEach(row -> {
            list.appendElement("dt").text(row.indicator().title());
            list.appendElement("dd").text(ReportCells.sourceNote(row));
            report.commentsOn(row.indicator().id())
                    .forEach(c ->
                            list.appendElement("dd").addClass("report-comment").text(ReportNotes.comment(c)));
        });
        return article;
    }

    private static void changes(Element section, BoardReport report) {
        Element changes = section.appendElement("div").id("report-changes");
        changes.appendElement("h2").text(ReportNotes.CHANGES_HEADING);
        changes.appendElement("p").text(ReportNotes.changesIntro(report.changes()));
        List<String> lines = ReportNotes.changeLines(report);
        if (!lines.isEmpty()) {
            Element list = changes.appendElement("ul");
            lines.forEach(line -> list.appendElement("li").text(line));
        }
    }
}
