package org.carebench.pipeline.history;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.Warehouses;
import org.carebench.pipeline.warehouse.Warehouse;

/**
 * Which years each headline indicator covers in a warehouse: the measure of how much history the
 * imported files give a council's trend, rerun after any change to the layouts.
 */
public final class HistoryCoverage {

    /** The headline indicators councils and DfE's LAIT use (../shared/docs/INDICATORS.md). */
    public static final List<String> HEADLINE = List.of(
            "cla-rate-per-10k",
            "cla-count",
            "cla-starting-rate-per-10k",
            "cla-ceasing-rate-per-10k",
            "placement-3plus-moves-pct",
            "placement-long-term-stability-pct",
            "placement-20-miles-outside-pct",
            "school-moves-mid-year-pct",
            "social-workers-3plus-pct",
            "missing-pct",
            "health-assessment-pct",
            "immunisations-pct",
            "dental-check-pct",
            "sdq-average-score",
            "convictions-pct",
            "substance-misuse-pct",
            "care-leavers-19-21-eet-pct",
            "care-leavers-17-18-eet-pct",
            "care-leavers-19-21-neet-pct",
            "care-leavers-19-21-higher-education-pct",
            "care-leavers-19-21-suitable-accommodation-pct",
            "care-leavers-not-in-touch-pct",
            "ceased-adopted-pct",
            "ceased-sgo-pct",
            "ks2-rwm-expected-pct",
            "ks4-attainment8-average",
            "ks4-progress8-average");

    private HistoryCoverage() {}

    /** Per headline indicator, the years with a current national figure (a value or a symbol) for the area. */
    public static Map<String, List<Integer>> years(Warehouse warehouse, String area) throws SQLException {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        for (String indicator : HEADLINE) {
            years.put(
                    indicator,
                    Warehouses.query(
                                    warehouse,
                                    "SELECT DISTINCT period FROM mart_observation WHERE indicator_id = ?"
                                            + " AND area_code = ? AND breakdown = '' AND source = 'national'"
                                            + " ORDER BY period",
                                    indicator,
                                    area)
                            .stream()
                            .map(Integer::valueOf)
                            .toList());
        }
        return years;
    }

    /** One line per indicator: its id, how many years, and which. */
    public static String describe(Map<String, List<Integer>> years) {
        StringBuilder text = new StringBuilder();
        years.forEach((indicator, covered) ->
                text.append(String.format("%-46s %2d years  %s%n", indicator, covered.size(), covered)));
        return text.toString();
    }
}
