package org.carebench.dashboard.comparison;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comparison as a stable JSON contract, over the same service the page uses. */
@RestController
@RequestMapping("/api/v1/comparison")
class ComparisonApiController {

    static final String DEFAULT_MODEL = "2025";

    private final ComparisonService comparisons;

    ComparisonApiController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping
    Comparison comparison(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam int period,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average) {
        return comparisons.compare(indicator, la, period, model, Average.parse(average));
    }

    @GetMapping("/series")
    List<Comparison> series(
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(name = "sn", defaultValue = DEFAULT_MODEL) String model,
            @RequestParam(defaultValue = "mean") String average) {
        return comparisons.series(indicator, la, model, Average.parse(average));
    }
}
