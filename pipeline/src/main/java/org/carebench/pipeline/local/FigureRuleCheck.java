package org.carebench.pipeline.local;

/**
 * How one DfE rule bears on one local figure: the children of {@code table} whose rows the rule
 * flagged in a field the figure uses, out of the table's children; {@code withholds} when that share
 * is over the tolerated one.
 */
record FigureRuleCheck(
        String indicatorId, String rule, String table, long children, long childrenInTable, boolean withholds) {

    double percent() {
        return 100.0 * children / Math.max(childrenInTable, 1);
    }

    String describe() {
        return "rule " + rule + " (" + children + " of " + childrenInTable + " children in " + table + ")";
    }
}
