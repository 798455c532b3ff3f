package org.carebench.dashboard.scorecard;

import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.security.LocalFiguresAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every indicator for one local authority and period, as the scorecard page shows it; local figures
 * only for analysts and admins.
 */
@RestController
class ScorecardApiController {

    private final ScorecardService scorecards;
    private final LocalFiguresAccess localFigures;
    private final int smallNumberThreshold;

    ScorecardApiController(ScorecardService scorecards, LocalFiguresAccess localFigures,
                           @Value("${carebench.small-number-threshold:5}") int smallNumberThreshold) {
        this.scorecards = scorecards;
        this.localFigures = localFigures;
        this.smallNumberThreshold = smallNumberThreshold;
    }

    @GetMapping("/api/v1/scorecard")
    ResponseEntity<?> scorecard(
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "internal") String audience) {
        Scorecard full = scorecards.scorecard(la, period, model, Average.parse(average));
        Scorecard internal = localFigures.granted() ? full : full.withoutLocalFigures();
        Scorecard scorecard = switch (audience) {
            case "internal" -> internal;
            case "public" -> internal.forPublic(smallNumberThreshold);
            default -> throw new IllegalArgumentException("audience must be internal or public, not '" + audience + "'");
        };
        return ApiResponses.respond(format, scorecard, () -> ScorecardCsv.rows(scorecard));
    }
}
