package org.carebench.pipeline.definition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read one source layout, as declared in a YAML file under {@code jobs/layouts/}.
 * Fields are logical names (period, la_code, rate...) that map to header aliases, so that a renamed
 * column in a new release is a one-line edit of the definition. A closed layout is recognised only
 * when every header of the file belongs to it (small code lists that other files' headers contain).
 * {@code fileName}, a glob, tells apart layouts whose headers are identical (DfE's national tables).
 * {@code skip} leaves out rows by field value (sub-regions that share their region's code).
 */
public record Layout(
        String name,
        String title,
        String source,
        Target target,
        String sheet,
        String fileName,
        List<String> detect,
        Map<String, List<String>> columns,
        List<String> required,
        PeriodFormat period,
        Set<String> suppression,
        Map<String, Level> levels,
        List<IndicatorMapping> indicators,
        Neighbours neighbours,
        Table table,
        Map<String, String> constants,
        Map<String, List<String>> skip,
        List<Total> totals,
        boolean closed,
        int minRows) {

    /** In load order: observations need their areas. */
    public enum Target { AREA, NEIGHBOUR, OBSERVATION }

    public enum PeriodFormat {
        /** The year ending 31 March, as in {@code 2024}. */
        YEAR,
        /** An academic year such as {@code 202425}, stored as the year it ends (2025). */
        ACADEMIC_YEAR
    }

    /**
     * How rows of one geographic level name their area: by a code field, or, in old tables that
     * give regions by name only, by looking the name up among the areas of that level.
     */
    public record Level(String level, String code, String name, boolean codeByName) {}

    /**
     * A table laid out for reading (DfE's pre-EES Excel tables): title rows, headers over several
     * rows, one row per area, columns by year. {@code title} must appear in the sheet's first rows.
     */
    public record Table(String title, String codeColumn, String nameColumn) {}

    /**
     * The filter values that pick an indicator out of a tidy file, and the field holding its value.
     * {@code breakdown} lists the fields whose labels split the indicator (national characteristics);
     * {@code yearsMonths} marks values written as "YY:MM", which are stored as months.
     */
    public record IndicatorMapping(String id, String value, Map<String, List<String>> where, List<String> breakdown,
                                   boolean yearsMonths) {}

    /**
     * A total DfE publishes beside its parts: on rows of the given levels, the {@code value} of the
     * row labelled {@code total} in {@code field} must equal the sum over the {@code parts} rows with
     * the same area, period and {@code group} fields, whenever no part is suppressed.
     */
    public record Total(String field, String total, List<String> parts, String value, List<String> group,
                        List<String> levels) {}

    /**
     * Wide neighbour tables: {n} in a pattern stands for the neighbour's position, 1 to count. The
     * model is named outright, or found in the file name by {@code modelFromFileName} (a regex).
     */
    public record Neighbours(String model, String modelFromFileName, int count, List<String> code,
                             List<String> closeness) {}

    /** Every field a file must have for this layout to be loaded from it. */
    public Set<String> requiredFields() {
        Set<String> fields = new LinkedHashSet<>(required);
        fields.addAll(detect);
        for (IndicatorMapping indicator : indicators) {
            fields.add(indicator.value());
            fields.addAll(indicator.where().keySet());
            fields.addAll(indicator.breakdown());
        }
        for (Total total : totals) {
            fields.add(total.field());
            fields.add(total.value());
            fields.addAll(total.group());
        }
        return fields;
    }
}
