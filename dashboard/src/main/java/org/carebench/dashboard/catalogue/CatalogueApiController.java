package org.carebench.dashboard.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.TableExport;
import org.carebench.dashboard.figures.AreaSummary;
import org.carebench.dashboard.figures.Indicator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and the areas, over the same service the pages use. */
@RestController
@RequestMapping("/api/v1")
class CatalogueApiController {

    private final CatalogueService catalogue;

    CatalogueApiController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/indicators")
    ResponseEntity<?> indicators(@RequestParam(defaultValue = "json") String format) {
        List<Indicator> indicators = catalogue.indicators();
        return ApiResponses.respond(
                format,
                indicators,
                () -> TableExport.of(
                        "indicators",
                        indicators.stream()
                                .map(i -> row(
                                        "id",
                                        i.id(),
                                        "title",
                                        i.title(),
                                        "theme",
                                        i.theme(),
                                        "unit",
                                        i.unit(),
                                        "polarity",
                                        i.polarity().id(),
                                        "definition",
                                        i.definition(),
                                        "source",
                                        i.source(),
                                        "caveats",
                                        i.caveats()))
                                .toList()));
    }

    @GetMapping("/areas")
    ResponseEntity<?> areas(@RequestParam(defaultValue = "json") String format) {
        List<AreaSummary> areas = catalogue.areas();
        return ApiResponses.respond(
                format,
                areas,
                () -> TableExport.of(
                        "areas",
                        areas.stream()
                                .map(a -> row(
                                        "code",
                                        a.code(),
                                        "level",
                                        a.level(),
                                        "name",
                                        a.name(),
                                        "region_code",
                                        a.regionCode()))
                                .toList()));
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
