package org.carebench.dashboard.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.CsvRows;
import org.carebench.dashboard.figures.LocalFigure;

/** A scorecard as CSV rows: each indicator's comparison, then the authority's own figure. */
final class ScorecardCsv {

    private ScorecardCsv() {
    }

    static List<Map<String, Object>> rows(Scorecard scorecard) {
        return scorecard.rows().stream().map(row -> {
            Map<String, Object> csv = new LinkedHashMap<>();
            csv.put("theme", row.indicator().theme());
            csv.put("title", row.indicator().title());
            csv.put("unit", row.indicator().unit());
            csv.put("polarity", row.indicator().polarity().id());
            csv.putAll(CsvRows.comparison(row.comparison()));
            LocalFigure local = row.local();
            csv.put("local_period", local == null ? null : local.period());
            csv.put("local_value", local == null ? null : local.value());
            csv.put("local_status", local == null ? null : local.status());
            csv.put("local_extract", local == null ? null : local.extract());
            return csv;
        }).toList();
    }
}
