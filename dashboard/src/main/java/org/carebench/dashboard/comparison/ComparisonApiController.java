package org.carebench.dashboard.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.CsvRows;
import org.carebench.dashboard.api.TableExport;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparison;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comparisons and their series, over the same service the pages use; {@code release} gives them as
 * published in that release (for each figure, the newest release not newer than it).
 */
@RestController
@RequestMapping("/api/v1")
class ComparisonApiController {

    static final String DEFAULT_MODEL = "2025";

    private final ComparisonService comparisons;

    ComparisonApiController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/comparison")
    ResponseEntity<?> comparison(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam int period,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(required = false) String release,
            @RequestParam(defaultValue = "json") String format) {
        Comparison c = comparisons.compare(indicator, la, period, model, Average.parse(average), release);
        return ApiResponses.respond(format, c, () -> table("comparison", List.of(c), period, model, average));
    }

    /** Every period the indicator has, oldest first. */
    @GetMapping("/comparison/series")
    ResponseEntity<?> allPeriods(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(required = false) String release,
            @RequestParam(defaultValue = "json") String format) {
        List<Comparison> series = comparisons.series(indicator, la, model, Average.parse(average), release);
        return ApiResponses.respond(format, series, () -> table("series", series, null, model, average));
    }

    /** The trend the indicator page draws: the latest ten periods at most. */
    @GetMapping("/series")
    ResponseEntity<?> trend(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(required = false) String release,
            @RequestParam(defaultValue = "json") String format) {
        List<Comparison> trend = comparisons.trend(indicator, la, model, Average.parse(average), release);
        return ApiResponses.respond(format, trend, () -> table("trend", trend, null, model, average));
    }

    /** Every local authority's figure for one period (default: the latest), as the indicator page lists them. */
    @GetMapping("/comparison/authorities")
    ResponseEntity<?> allAuthorities(
            @RequestParam String indicator,
            @RequestParam(required = false) Integer period,
            @RequestParam(defaultValue = "json") String format) {
        AuthorityFigures all = comparisons.allAuthorities(indicator, period);
        return ApiResponses.respond(
                format,
                all,
                () -> TableExport.of(
                                "authorities-" + indicator + "-" + all.period(),
                                all.figures().stream()
                                        .map(f -> {
                                            Map<String, Object> row = new LinkedHashMap<>();
                                            row.put("indicator", indicator);
                                            row.put("period", all.period());
                                            row.put("la_code", f.code());
                                            row.put("la_name", f.name());
                                            row.put("la_value", f.value());
                                            row.put("la_status", f.status());
                                            row.put("la_release", f.release());
                                            return row;
                                        })
                                        .toList())
                        .describedBy(
                                List.of(all.indicator()), Map.of("period", "year ending 31 March " + all.period())));
    }

    private TableExport table(String name, List<Comparison> rows, Integer period, String model, String average) {
        Comparison first = rows.get(0);
        String la = first.la().name() + " (" + first.la().code() + ")";
        return TableExport.of(
                        name + "-" + first.indicator() + "-" + first.la().code() + (period == null ? "" : "-" + period),
                        CsvRows.comparisons(rows))
                .describedBy(
                        List.of(comparisons.indicator(first.indicator())),
                        CsvRows.selection(la, period, model, average, "any: published figures only"));
    }
}
