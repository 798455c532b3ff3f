package org.carebench.pipeline.definition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read one source layout, as declared in a YAML file under {@code jobs/layouts/}: what it is,
 * how a file of it is recognised, how its columns map to fields, and the checks its rows must pass.
 * Fields are logical names (period, la_code, rate...) that map to header aliases, so that a renamed
 * column in a new release is a one-line edit of the definition.
 */
public record Layout(
        String name, Publication publication, Target target, Recognition recognition, Mapping mapping, Checks checks) {

    /** What the layout's files are: its title, and the publication they come from when it has another name. */
    public record Publication(String title, String source) {

        /** The name a figure's source is shown under. */
        public String sourceName() {
            return source == null ? title : source;
        }
    }

    /**
     * How a file is recognised: the fields whose headers must be present ({@code detect}), optionally
     * the sheet and a glob on the file name (which tell apart layouts whose headers are identical, as
     * DfE's national tables). A closed layout is recognised only when every header of the file belongs
     * to it (small code lists that other files' headers contain). {@code table}: a sheet laid out as
     * an old-style table, recognised by its title instead of a header row.
     */
    public record Recognition(String sheet, String fileName, List<String> detect, boolean closed, Table table) {}

    /**
     * How columns map to fields: header aliases per field, the period's format, the geographic levels,
     * the indicators (or neighbours) the values become, fields with a constant value, the suppression
     * symbols that stand for a value, and rows left out by field value (sub-regions that share their
     * region's code). {@code periodFromFileName}: a pattern whose first group is the year, for files
     * that carry it only in their name.
     */
    public record Mapping(
            Map<String, List<String>> columns,
            PeriodFormat period,
            Map<String, Level> levels,
            List<IndicatorMapping> indicators,
            Neighbours neighbours,
            Map<String, String> constants,
            Set<String> suppression,
            Map<String, List<String>> skip,
            String periodFromFileName) {}

    /** What the rows must pass: fields every file must have, totals that equal their parts, a least row count. */
    public record Checks(List<String> required, List<Total> totals, int minRows) {}

    /** In load order: observations need their areas. */
    public enum Target {
        AREA,
        NEIGHBOUR,
        OBSERVATION
    }

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
     * rows, one row per area, columns by year. {@code title} must appear in the sheet's first rows;
     * the columns are found by content (the cell reading England, the first LA code), so a release
     * that moves them one column over still loads. {@code whole} (optional, {@code *} for any text)
     * names the column that is the whole of the row's other figures (children looked after for 12
     * months), for tables that give only counts: each figure then carries it as the field
     * {@code whole}, for {@code percent_of: whole}.
     */
    public record Table(String title, String whole) {

        public Table(String title) {
            this(title, null);
        }
    }

    /**
     * The filter values that pick an indicator out of a tidy file, and the field holding its value.
     * {@code breakdown} lists the fields whose labels split the indicator (national characteristics);
     * {@code yearsMonths} marks values written as "YY:MM", which are stored as months. A percentage
     * a file gives only as counts is {@code value} (plus the {@code plus} counts) as a share of
     * {@code percentOf}. An {@code optional} indicator is loaded from the files that have its columns
     * (wide files whose measures come and go between years) and is not missed in the others.
     * {@code minus} counts are taken off {@code value} (children not in a category: all but the
     * asylum-seeking). {@code breakdownLabel} is a constant breakdown for wide files that give one
     * column per category, so each column's mapping names the category it stands for.
     */
    public record IndicatorMapping(
            String id,
            String value,
            Map<String, List<String>> where,
            List<String> breakdown,
            boolean yearsMonths,
            List<String> plus,
            String percentOf,
            boolean optional,
            List<String> minus,
            String breakdownLabel) {

        /** A plain value column, as the checks of totals read one. */
        public IndicatorMapping(String id, String value) {
            this(id, value, Map.of(), List.of(), false, List.of(), null, false, List.of(), null);
        }

        /** Every field the indicator reads: filters, value columns and breakdown labels. */
        public Set<String> fields() {
            Set<String> fields = new LinkedHashSet<>(where.keySet());
            fields.addAll(valueFields());
            fields.addAll(breakdown);
            return fields;
        }

        /** The columns whose numbers make the figure: the value, counts added to or taken off it, the whole it is a share of. */
        public List<String> valueFields() {
            List<String> fields = new java.util.ArrayList<>();
            fields.add(value);
            fields.addAll(plus);
            fields.addAll(minus);
            if (percentOf != null) {
                fields.add(percentOf);
            }
            return fields;
        }
    }

    /**
     * A total DfE publishes beside its parts: on rows of the given levels, the {@code value} of the
     * row labelled {@code total} in {@code field} must equal the sum over the {@code parts} rows with
     * the same area, period and {@code group} fields, whenever no part is suppressed.
     */
    public record Total(
            String field, String total, List<String> parts, String value, List<String> group, List<String> levels) {}

    /**
     * Wide neighbour tables: {n} in a pattern stands for the neighbour's position, 1 to count. The
     * model is named outright, or found in the file name by {@code modelFromFileName} (a regex).
     */
    public record Neighbours(
            String model, String modelFromFileName, int count, List<String> code, List<String> closeness) {}

    /** Every field a file must have for this layout to be loaded from it. */
    public Set<String> requiredFields() {
        Set<String> fields = new LinkedHashSet<>(checks.required());
        fields.addAll(recognition.detect());
        for (IndicatorMapping indicator : mapping.indicators()) {
            if (!indicator.optional()) {
                fields.addAll(indicator.fields());
            }
        }
        for (Total total : checks.totals()) {
            fields.add(total.field());
            fields.add(total.value());
            fields.addAll(total.group());
        }
        return fields;
    }
}
