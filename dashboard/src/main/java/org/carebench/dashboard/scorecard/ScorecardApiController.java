package org.carebench.dashboard.scorecard;

import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.security.LocalFiguresAccess;
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

    ScorecardApiController(ScorecardService scorecards, LocalFiguresAccess localFigures) {
        this.scorecards = scorecards;
        this.localFigures = localFigures;
    }

    @GetMapping("/api/v1/scorecard")
    ResponseEntity<?> scorecard(
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "internal") String audience,
            @RequestParam(required = false) String release) {
        Audience reader = Audience.parse(audience);
        Scorecard full = scorecards.scorecard(la, period, model, Average.parse(average), reader, release);
        Scorecard scorecard = localFigures.granted() ? full : full.withoutLocalFigures();
        return ApiResponses.respond(format, scorecard, () -> ScorecardCsv.table(scorecard, reader));
    }
}
