package org.carebench.pipeline.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Small helpers shared by the sample's file writers. */
final class Rows {

    private Rows() {}

    /** Every year, newest first, and within it every area, England first: the order of DfE's files. */
    static void eachYearAndArea(BiConsumer<Area, Integer> row) {
        for (int year = Cohorts.LAST_YEAR; year >= Cohorts.FIRST_YEAR; year--) {
            for (Area area : SampleAreas.ALL) {
                row.accept(area, year);
            }
        }
    }

    /** Columns and their values in the order given (Map.of has no fixed order, and the output must not vary). */
    static Map<String, String> of(String... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return cells;
    }

    static String oneDecimal(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
