package org.carebench.dashboard.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue, the areas and comparisons, over the same service the pages use. */
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

    @GetMapping("/indicators")
    ResponseEntity<?> indicators(@RequestParam(defaultValue = "json") String format) {
        List<Indicator> indicators = comparisons.indicators();
        return ApiResponses.respond(format, indicators, () -> indicators.stream().map(i -> row(
                "id", i.id(), "title", i.title(), "theme", i.theme(), "unit", i.unit(), "polarity", i.polarity().id(),
                "definition", i.definition(), "source", i.source(), "caveats", i.caveats())).toList());
    }

    @GetMapping("/areas")
    ResponseEntity<?> areas(@RequestParam(defaultValue = "json") String format) {
        List<AreaSummary> areas = comparisons.areas();
        return ApiResponses.respond(format, areas, () -> areas.stream().map(a -> row(
                "code", a.code(), "level", a.level(), "name", a.name(), "region_code", a.regionCode())).toList());
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
