package org.carebench.pipeline.importing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carebench.pipeline.definition.Layout;

/**
 * The SQL pieces that read observations out of a staged tidy file, shared by the checks and the
 * load so both look at exactly the same rows.
 */
final class ObservationRows {

    private final StagedFile file;
    private final Layout layout;

    ObservationRows(StagedFile file) {
        this.file = file;
        this.layout = file.layout();
    }

    /** The rows of one indicator: a known geographic level and the indicator's filter values. */
    String where(Layout.IndicatorMapping indicator) {
        StringBuilder where = new StringBuilder(levelFilter());
        for (Map.Entry<String, List<String>> filter : indicator.where().entrySet()) {
            where.append(" AND ").append(file.text(filter.getKey())).append(" IN (")
                    .append(Sql.literals(filter.getValue())).append(')');
        }
        return where.toString();
    }

    String levelFilter() {
        return file.text("level") + " IN (" + Sql.literals(layout.levels().keySet()) + ")";
    }

    String areaCode() {
        return caseByLevel(level -> file.text(level.code()));
    }

    String areaName() {
        return caseByLevel(level -> file.text(level.name()));
    }

    String areaLevel() {
        return caseByLevel(level -> Sql.literal(level.level()));
    }

    String period() {
        String text = file.text("period");
        return switch (layout.period()) {
            case YEAR -> "TRY_CAST(" + text + " AS INTEGER)";
            case ACADEMIC_YEAR -> "(TRY_CAST(substr(" + text + ", 1, 4) AS INTEGER) + 1)";
        };
    }

    String isSymbol(String valueField) {
        return file.text(valueField) + " IN (" + Sql.literals(layout.suppression()) + ")";
    }

    /** The number a value cell holds; NULL for a symbol or text. Thousands separators are allowed. */
    String number(Layout.IndicatorMapping indicator) {
        String text = file.text(indicator.value());
        if (indicator.yearsMonths()) {
            return "(CASE WHEN regexp_full_match(" + text + ", '[0-9]+:[0-9]{1,2}') THEN"
                    + " CAST(split_part(" + text + ", ':', 1) AS DOUBLE) * 12 + CAST(split_part(" + text + ", ':', 2) AS DOUBLE) END)";
        }
        return "TRY_CAST(replace(" + text + ", ',', '') AS DOUBLE)";
    }

    /** The labels that split an indicator, joined; empty when it is not split. */
    String breakdown(Layout.IndicatorMapping indicator) {
        if (indicator.breakdown().isEmpty()) {
            return "''";
        }
        return indicator.breakdown().stream().map(file::text).collect(Collectors.joining(", ", "concat_ws(': ', ", ")"));
    }

    private String caseByLevel(java.util.function.Function<Layout.Level, String> expression) {
        return layout.levels().entrySet().stream()
                .map(entry -> " WHEN " + Sql.literal(entry.getKey()) + " THEN " + expression.apply(entry.getValue()))
                .collect(Collectors.joining("", "(CASE " + file.text("level"), " END)"));
    }
}
