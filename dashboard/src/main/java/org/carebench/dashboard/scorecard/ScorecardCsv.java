package org.carebench.dashboard.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.CsvRows;
import org.carebench.dashboard.api.TableExport;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.LocalFigure;

/** A scorecard as table rows: each indicator's comparison, then the authority's own figure. */
public final class ScorecardCsv {

    private ScorecardCsv() {}

    /** The rows, the indicators' notes and the selection, as the CSV and XLSX downloads carry them. */
    public static TableExport table(Scorecard scorecard, Audience audience) {
        return TableExport.of("scorecard-" + scorecard.la().code() + "-" + scorecard.period(), rows(scorecard))
                .describedBy(
                        scorecard.rows().stream().map(ScorecardRow::indicator).toList(),
                        CsvRows.selection(
                                scorecard.la().name() + " (" + scorecard.la().code() + ")",
                                scorecard.period(),
                                scorecard.model(),
                                scorecard.average(),
                                audience.id()));
    }

    static List<Map<String, Object>> rows(Scorecard scorecard) {
        return scorecard.rows().stream()
                .map(row -> {
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
                })
                .toList();
    }
}
