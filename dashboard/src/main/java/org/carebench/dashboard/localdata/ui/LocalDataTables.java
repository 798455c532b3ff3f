package org.carebench.dashboard.localdata.ui;

import java.util.stream.Collectors;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.localdata.LocalExtractChecks;
import org.jsoup.nodes.Element;

/** The Local data page's two tables, written once as HTML: the figures and their rules, and the findings. */
final class LocalDataTables {

    private LocalDataTables() {}

    static Element figures(LocalExtractChecks extract) {
        Element table = table(
                "local-figures-" + extract.areaCode(), "Local figure", "Status", "DfE rules that touched its children");
        Element body = table.appendElement("tbody");
        for (LocalExtractChecks.FigureChecks figure : extract.figures()) {
            Element row = body.appendElement("tr").attr("data-indicator", figure.indicatorId());
            row.appendElement("th").attr("scope", "row").text(figure.title());
            row.appendElement("td")
                    .addClass(figure.published() ? "figure-published" : "figure-withheld")
                    .text(figure.published() ? "Published" : "Withheld: " + figure.withheldReason());
            row.appendElement("td")
                    .text(
                            figure.rules().isEmpty()
                                    ? "none"
                                    : figure.rules().stream()
                                            .map(rule -> "rule " + rule.rule() + ": " + rule.share() + " of "
                                                    + rule.table() + "'s children"
                                                    + (rule.withholds() ? ", withholds it" : ""))
                                            .collect(Collectors.joining("; ")));
        }
        return HtmlTables.scrollBox(table, "Local figures of " + extract.areaName() + " and the rules behind them");
    }

    static Element findings(LocalExtractChecks extract) {
        Element table =
                table("rule-findings-" + extract.areaCode(), "Rule", "Table", "DfE's message", "Rows", "Children");
        Element body = table.appendElement("tbody");
        for (LocalExtractChecks.RuleFinding finding : extract.findings()) {
            Element row = body.appendElement("tr").attr("data-rule", finding.rule());
            row.appendElement("th").attr("scope", "row").text(finding.rule());
            row.appendElement("td").text(finding.table());
            row.appendElement("td").text(finding.message());
            row.appendElement("td").addClass("number").text(String.format("%,d", finding.rows()));
            row.appendElement("td").addClass("number").text(String.format("%,d", finding.children()));
        }
        return HtmlTables.scrollBox(table, "What DfE's rules found in " + extract.fileName());
    }

    private static Element table(String id, String... headers) {
        Element table = new Element("table").id(id).addClass("figures-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            head.appendElement("th").attr("scope", "col").text(header);
        }
        return table;
    }
}
