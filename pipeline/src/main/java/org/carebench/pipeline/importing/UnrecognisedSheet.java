package org.carebench.pipeline.importing;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.carebench.pipeline.definition.LayoutMatcher;

/**
 * A workbook sheet no definition recognised: its first rows, and the table rule that names the
 * sheet but refused it, if any. Explained only when no sheet of the workbook loads.
 */
record UnrecognisedSheet(String sheet, List<List<String>> topRows, String tableRule) {

    private static final int MOST_NAMED = 10;

    /**
     * Why none of a workbook's sheets was loaded: the sheet that came nearest (a table rule naming
     * it, else the row a definition explains most of, taken as its header row) with the rule that
     * refused it, then the other sheets by name.
     */
    static String explain(List<UnrecognisedSheet> sheets, LayoutMatcher matcher, String fileName) {
        if (sheets.isEmpty()) {
            return "it has no sheets";
        }
        List<Nearest> candidates =
                sheets.stream().map(sheet -> sheet.nearest(matcher, fileName)).toList();
        Nearest nearest = candidates.stream()
                .max(Comparator.comparing(
                                (Nearest candidate) -> candidate.sheet().tableRule() != null)
                        .thenComparingInt(Nearest::fit))
                .orElseThrow();
        String reason = "sheet '" + nearest.sheet().sheet() + "': "
                + (nearest.sheet().tableRule() != null
                        ? nearest.sheet().tableRule()
                        : matcher.explainNoMatch(
                                nearest.headers(), fileName, nearest.sheet().sheet()));
        List<String> others = sheets.stream()
                .filter(sheet -> sheet != nearest.sheet())
                .map(sheet -> "'" + sheet.sheet() + "'")
                .toList();
        if (others.isEmpty()) {
            return reason;
        }
        return reason + "; nor its other sheet" + (others.size() > 1 ? "s " : " ")
                + others.stream().limit(MOST_NAMED).collect(Collectors.joining(", "))
                + (others.size() > MOST_NAMED ? " and " + (others.size() - MOST_NAMED) + " more" : "");
    }

    /** A sheet's likeliest header row: the first of its non-blank rows that a definition explains most of. */
    private record Nearest(UnrecognisedSheet sheet, List<String> headers, int fit) {}

    private Nearest nearest(LayoutMatcher matcher, String fileName) {
        Nearest best = new Nearest(this, List.of(), -1);
        for (List<String> row : topRows) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int fit = matcher.fit(row, fileName);
            if (fit > best.fit()) {
                best = new Nearest(this, row, fit);
            }
        }
        return best;
    }
}
