package org.carebench.dashboard.comparison;

import java.util.List;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.CsvRows;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparison;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparisons and their series, over the same service the pages use. */
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
            @RequestParam(defaultValue = "json") String format) {
        Comparison c = comparisons.compare(indicator, la, period, model, Average.parse(average));
        return ApiResponses.respond(format, c, () -> CsvRows.comparisons(List.of(c)));
    }

    /** Every period the indicator has, oldest first. */
    @GetMapping("/comparison/series")
    ResponseEntity<?> allPeriods(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "json") String format) {
        List<Comparison> series = comparisons.series(indicator, la, model, Average.parse(average));
        return ApiResponses.respond(format, series, () -> CsvRows.comparisons(series));
    }

    /** The trend the indicator page draws: the latest ten periods at most. */
    @GetMapping("/series")
    ResponseEntity<?> trend(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "json") String format) {
        List<Comparison> trend = comparisons.trend(indicator, la, model, Average.parse(average));
        return ApiResponses.respond(format, trend, () -> CsvRows.comparisons(trend));
    }
}
