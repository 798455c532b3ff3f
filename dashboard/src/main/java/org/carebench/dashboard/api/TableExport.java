package org.carebench.dashboard.api;

import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.Indicator;

/**
 * A table as the API writes it to CSV or XLSX: the rows, with what a spreadsheet needs beside them
 * to stand on its own (each indicator's definition, and the selection the figures are for).
 *
 * @param fileName the download's name without extension, e.g. {@code scorecard-358-2024}
 * @param selection what was chosen (authority, period, model, average, audience), in reading order
 */
public record TableExport(
        String fileName, List<Map<String, Object>> rows, List<Indicator> indicators, Map<String, String> selection) {

    public static TableExport of(String fileName, List<Map<String, Object>> rows) {
        return new TableExport(fileName, rows, List.of(), Map.of());
    }

    public TableExport describedBy(List<Indicator> indicators, Map<String, String> selection) {
        return new TableExport(fileName, rows, indicators, selection);
    }
}
