package org.carebench.dashboard.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.CsvRows;
import org.carebench.dashboard.api.TableExport;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.security.LocalFiguresAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the children are, over the same service the Profile page uses: JSON, CSV or xlsx; the council's
 * own local shares only for those allowed to see local figures.
 */
@RestController
@RequestMapping("/api/v1")
class ProfileApiController {

    private final ProfileService profiles;
    private final LocalFiguresAccess localFigures;

    ProfileApiController(ProfileService profiles, LocalFiguresAccess localFigures) {
        this.profiles = profiles;
        this.localFigures = localFigures;
    }

    @GetMapping("/profile")
    ResponseEntity<?> profile(
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "json") String format) {
        Profile full = profiles.profile(la, period, model, Average.parse(average));
        Profile profile = localFigures.granted() ? full : full.withoutLocalFigures();
        return ApiResponses.respond(format, profile, () -> table(profile));
    }

    /** One row per category, with each comparator's share beside it. */
    static TableExport table(Profile profile) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfilePopulation population : profile.populations()) {
            for (ProfileDimension dimension : population.dimensions()) {
                for (ProfileCategory category : dimension.categories()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("period", profile.period());
                    row.put("population", population.title());
                    row.put("indicator", population.indicator().id());
                    row.put("dimension", dimension.title());
                    row.put("category", category.label());
                    row.put("la_code", profile.la().code());
                    figure(row, "la", category.la());
                    row.put("neighbours_model", profile.model());
                    row.put("neighbours_average", profile.average());
                    row.put("neighbours_percent", category.neighbours());
                    row.put("neighbours_count", category.neighboursWithFigure());
                    row.put(
                            "region_code",
                            profile.region() == null ? null : profile.region().code());
                    figure(row, "region", category.region());
                    figure(row, "england", category.england());
                    if (profile.local() != null) {
                        row.put("local_period_end", profile.local().periodEnd().toString());
                        row.put(
                                "local_percent",
                                category.local() == null
                                        ? null
                                        : category.local().value());
                        row.put("local_release", profile.local().release());
                    }
                    rows.add(row);
                }
            }
        }
        String la = profile.la().name() + " (" + profile.la().code() + ")";
        return TableExport.of("profile-" + profile.la().code() + "-" + profile.period(), rows)
                .describedBy(
                        profile.populations().stream()
                                .map(ProfilePopulation::indicator)
                                .toList(),
                        CsvRows.selection(
                                la,
                                profile.period(),
                                profile.model(),
                                profile.average(),
                                profile.local() == null
                                        ? "any: published figures only"
                                        : "internal: published figures, and local figures from "
                                                + profile.local().release() + " (unpublished)"));
    }

    private static void figure(Map<String, Object> row, String prefix, Figure figure) {
        row.put(prefix + "_percent", figure == null ? null : figure.value());
        row.put(prefix + "_status", figure == null ? null : figure.status());
        row.put(prefix + "_release", figure == null ? null : figure.release());
    }
}
