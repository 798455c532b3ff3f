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
        StringBuilder where = new StringBuilder(levelFilter())
                .append(" AND ")
                .append(areaCode())
                .append(" IS NOT NULL");
        for (Map.Entry<String, List<String>> filter : indicator.where().entrySet()) {
            where.append(" AND (")
                    .append(file.text(filter.getKey()))
                    .append(" IN (")
                    .append(Sql.literals(filter.getValue()))
                    .append(')');
            // a label with * matches any text in its place: headers that carry footnote marks or units
            for (String pattern : filter.getValue()) {
                if (pattern.contains("*")) {
                    where.append(" OR ")
                            .append(file.text(filter.getKey()))
                            .append(" LIKE ")
                            .append(Sql.literal(pattern.replace('*', '%')));
                }
            }
            where.append(')');
        }
        return where.toString();
    }

    String levelFilter() {
        StringBuilder filter = new StringBuilder(file.text("level") + " IN ("
                + Sql.literals(layout.mapping().levels().keySet()) + ")");
        layout.mapping()
                .skip()
                .forEach((field, values) -> filter.append(" AND coalesce(")
                        .append(file.text(field))
                        .append(" NOT IN (")
                        .append(Sql.literals(values))
                        .append("), true)"));
        return filter.toString();
    }

    String areaCode() {
        return caseByLevel(level -> level.codeByName()
                ? "(SELECT max(a.code) FROM area a WHERE a.level = " + Sql.literal(level.level())
                        + " AND lower(a.name) = lower(" + file.text(level.name()) + "))"
                : file.text(level.code()));
    }

    String areaName() {
        return caseByLevel(level -> file.text(level.name()));
    }

    String areaLevel() {
        return caseByLevel(level -> Sql.literal(level.level()));
    }

    String period() {
        String text = file.text("period");
        return switch (layout.mapping().period()) {
            case YEAR -> "TRY_CAST(" + text + " AS INTEGER)";
            case ACADEMIC_YEAR -> "(TRY_CAST(substr(" + text + ", 1, 4) AS INTEGER) + 1)";
        };
    }

    String isSymbol(String valueField) {
        return file.text(valueField) + " IN (" + Sql.literals(layout.mapping().suppression()) + ")";
    }

    /**
     * A figure with no number by rule: a suppression symbol in any column it is made from, or a
     * percentage of a whole that is zero.
     */
    String withheld(Layout.IndicatorMapping indicator) {
        StringBuilder withheld = new StringBuilder("(");
        for (String field : indicator.valueFields()) {
            withheld.append(withheld.length() > 1 ? " OR " : "").append(isSymbol(field));
        }
        if (indicator.percentOf() != null) {
            withheld.append(" OR ").append(count(indicator.percentOf())).append(" = 0");
        }
        return withheld.append(')').toString();
    }

    /** The status of a withheld figure: the first symbol among its columns, else z (not applicable) for a zero whole. */
    String status(Layout.IndicatorMapping indicator) {
        StringBuilder status = new StringBuilder("(CASE");
        for (String field : indicator.valueFields()) {
            status.append(" WHEN ").append(isSymbol(field)).append(" THEN ").append(file.text(field));
        }
        if (indicator.percentOf() != null) {
            status.append(" WHEN ").append(count(indicator.percentOf())).append(" = 0 THEN 'z'");
        }
        return status.append(" END)").toString();
    }

    /**
     * The number a figure is; NULL for a symbol or text. Thousands separators are allowed. A derived
     * percentage is rounded to a whole number, as DfE publishes LA percentages.
     */
    String number(Layout.IndicatorMapping indicator) {
        String text = file.text(indicator.value());
        if (indicator.yearsMonths()) {
            return "(CASE WHEN regexp_full_match(" + text + ", '[0-9]+:[0-9]{1,2}') THEN" + " CAST(split_part(" + text
                    + ", ':', 1) AS DOUBLE) * 12 + CAST(split_part(" + text + ", ':', 2) AS DOUBLE) END)";
        }
        StringBuilder sum = new StringBuilder(count(indicator.value()));
        indicator.plus().forEach(field -> sum.append(" + ").append(count(field)));
        indicator.minus().forEach(field -> sum.append(" - ").append(count(field)));
        if (indicator.percentOf() == null) {
            return sum.toString();
        }
        return "round(100 * (" + sum + ") / nullif(" + count(indicator.percentOf()) + ", 0))";
    }

    private String count(String field) {
        return "TRY_CAST(replace(" + file.text(field) + ", ',', '') AS DOUBLE)";
    }

    /** The labels that split an indicator, joined, or its constant label; empty when it is not split. */
    String breakdown(Layout.IndicatorMapping indicator) {
        if (indicator.breakdownLabel() != null) {
            return Sql.literal(indicator.breakdownLabel());
        }
        if (indicator.breakdown().isEmpty()) {
            return "''";
        }
        return indicator.breakdown().stream()
                .map(file::text)
                .collect(Collectors.joining(", ", "concat_ws(': ', ", ")"));
    }

    private String caseByLevel(java.util.function.Function<Layout.Level, String> expression) {
        return layout.mapping().levels().entrySet().stream()
                .map(entry -> " WHEN " + Sql.literal(entry.getKey()) + " THEN " + expression.apply(entry.getValue()))
                .collect(Collectors.joining("", "(CASE " + file.text("level"), " END)"));
    }
}
