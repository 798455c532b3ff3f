package org.carebench.pipeline.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.definition.Layout;
import org.carebench.pipeline.definition.LayoutMatch;

/**
 * A data file copied as text into a staging table of the new snapshot. {@code columns} maps each
 * field of the layout to its staging column; {@code rowNumber} is the SQL that gives a row's line
 * (CSV) or row (sheet) in the original file, for error messages.
 */
record StagedFile(
        Path path,
        String sheet,
        String sha256,
        boolean sample,
        LayoutMatch match,
        List<String> headers,
        String table,
        Map<String, String> columns,
        String rowNumber,
        long rows) {

    Layout layout() {
        return match.layout();
    }

    String column(String field) {
        return columns.get(field);
    }

    /** SQL for a field's trimmed text: its column, the layout's constant, or the value the file gives all its rows. */
    String text(String field) {
        String constant = layout().mapping()
                .constants()
                .getOrDefault(field, match.values().get(field));
        if (constant != null) {
            return Sql.literal(constant);
        }
        String column = columns.get(field);
        return column == null ? "NULL" : Sql.trimmed(column);
    }

    /** Whether the file has every column the indicator reads (an optional one may be absent from a year's file). */
    boolean carries(Layout.IndicatorMapping indicator) {
        return indicator.fields().stream().allMatch(match::gives);
    }

    /** The indicators this file gives figures for. */
    java.util.List<Layout.IndicatorMapping> indicators() {
        return layout().mapping().indicators().stream().filter(this::carries).toList();
    }

    /** The file's own header text for a field, as a data team sees it. */
    String header(String field) {
        Integer index = match.fieldColumns().get(field);
        return index == null ? field : headers.get(index).replace("\uFEFF", "").strip();
    }

    /** The name the warehouse records this file (and sheet) under. */
    String sourceName() {
        return path.getFileName() + (sheet == null ? "" : "#" + sheet);
    }

    String where() {
        return path.getFileName() + (sheet == null ? "" : ", sheet '" + sheet + "'");
    }
}
