package org.carebench.pipeline.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file in the layout DfE publishes on Explore Education Statistics: its header exactly as in
 * DfE's file, the time and geography columns filled from the area, the rest from each row's cells.
 * In a file that {@link #withholdingSmallCounts()}, counts of 1 or 2 in an authority's breakdown
 * are shown as DfE's {@code c}, so the pages show DfE's symbols as they will for real files.
 */
final class EesCsv {

    private final String name;
    private final List<String> header;
    private final String numberColumn;
    private final String percentColumn;
    private final List<String> lines = new ArrayList<>();
    private boolean withholding;

    EesCsv(String name, String header, String numberColumn, String percentColumn) {
        this.name = name;
        this.header = Arrays.asList(header.split(","));
        this.numberColumn = numberColumn;
        this.percentColumn = percentColumn;
        lines.add(header);
    }

    EesCsv withholdingSmallCounts() {
        withholding = true;
        return this;
    }

    String name() {
        return name;
    }

    List<String> lines() {
        return lines;
    }

    /** A row: the period as the file gives it (2025, or 202425 for an academic year) and the file's own cells. */
    void row(Area area, String period, String timeIdentifier, Map<String, String> cells) {
        List<String> values = new ArrayList<>();
        for (String column : header) {
            String value = switch (column) {
                case "time_period" -> period;
                case "time_identifier" -> timeIdentifier;
                default -> cells.containsKey(column) ? cells.get(column) : area.geography(column);
            };
            if (value == null) {
                throw new IllegalStateException(name + ": no value for column " + column);
            }
            values.add(value.contains(",") ? '"' + value + '"' : value);
        }
        lines.add(String.join(",", values));
    }

    void row(Area area, int year, Map<String, String> cells) {
        row(area, String.valueOf(year), "Reporting year", cells);
    }

    /**
     * One row per category of a breakdown, then its total, as DfE lays them out: {@code labels} fix
     * the file's other columns, {@code column} takes each category's label, the parts add up to the total.
     */
    void breakdown(
            Area area,
            int year,
            Map<String, String> labels,
            String column,
            List<String> categories,
            List<Integer> parts,
            String totalLabel) {
        int total = parts.stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < categories.size(); i++) {
            row(area, year, cells(labels, column, categories.get(i), counted(area, parts.get(i), total)));
        }
        if (totalLabel != null) {
            row(area, year, cells(labels, column, totalLabel, counted(area, total, total)));
        }
    }

    /** As above, the total split near the weights. */
    void breakdown(
            Area area,
            int year,
            Map<String, String> labels,
            String column,
            Breakdown breakdown,
            String totalLabel,
            int total) {
        List<Integer> parts =
                Invented.split(total, breakdown.weights(), area, year, name + new TreeMap<>(labels) + column);
        breakdown(area, year, labels, column, breakdown.categories(), parts, totalLabel);
    }

    /** A count of a cohort with its percentage, rounded to a whole number as DfE rounds. */
    Map<String, String> counted(Area area, int number, int cohort) {
        Map<String, String> cells = new LinkedHashMap<>();
        boolean small = withholding && area.level() == Area.Level.LA && number > 0 && number < 3;
        cells.put(numberColumn, small ? "c" : String.valueOf(number));
        if (percentColumn != null) {
            cells.put(
                    percentColumn,
                    small ? "c" : cohort == 0 ? "z" : String.valueOf(Math.round(100.0 * number / cohort)));
        }
        return cells;
    }

    /** A share of a cohort: the count of children it makes and its rounded percentage. */
    Map<String, String> share(Area area, double percent, int cohort) {
        return counted(area, (int) Math.round(percent * cohort / 100), cohort);
    }

    static Map<String, String> cells(
            Map<String, String> labels, String column, String label, Map<String, String> values) {
        Map<String, String> cells = new LinkedHashMap<>(labels);
        cells.put(column, label);
        cells.putAll(values);
        return cells;
    }

    static Map<String, String> cells(String column, String label, Map<String, String> values) {
        return cells(new LinkedHashMap<>(), column, label, values);
    }
}
