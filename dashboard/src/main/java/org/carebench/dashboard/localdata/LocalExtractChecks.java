package org.carebench.dashboard.localdata;

import java.time.LocalDate;
import java.util.List;

/**
 * What DfE's validation rules found in an authority's latest local extract, and what that did to each
 * of its local figures.
 */
public record LocalExtractChecks(
        String areaCode,
        String areaName,
        String fileName,
        String release,
        LocalDate periodEnd,
        String rulePack,
        List<RuleFinding> findings,
        List<FigureChecks> figures) {

    /** One rule's findings in one table, with DfE's message. */
    public record RuleFinding(String rule, String table, String message, long rows, long children) {}

    /** One local figure: published or withheld (and why), with every rule that touched its children. */
    public record FigureChecks(
            String indicatorId, String title, boolean published, String withheldReason, List<RuleTouch> rules) {}

    /** A rule's reach into a figure: children flagged of the table's children; withholds when over the tolerance. */
    public record RuleTouch(String rule, String table, long children, long childrenInTable, boolean withholds) {

        public String share() {
            return children + " of " + childrenInTable + " ("
                    + Math.round(100.0 * children / Math.max(childrenInTable, 1)) + "%)";
        }
    }
}
