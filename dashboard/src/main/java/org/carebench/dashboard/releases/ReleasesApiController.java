package org.carebench.dashboard.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/releases}: the releases loaded, with their files, dates and change counts; and
 * {@code /api/v1/releases/{release}/changes}: that release's change report. JSON, CSV or xlsx.
 */
@RestController
@RequestMapping("/api/v1/releases")
class ReleasesApiController {

    private final ReleaseService releases;

    ReleasesApiController(ReleaseService releases) {
        this.releases = releases;
    }

    @GetMapping
    ResponseEntity<?> releases(@RequestParam(defaultValue = "json") String format) {
        List<Release> loaded = releases.releases();
        return ApiResponses.respond(format, loaded, () -> TableExport.of("releases", fileRows(loaded)));
    }

    @GetMapping("/{release}/changes")
    ResponseEntity<?> changes(@PathVariable String release, @RequestParam(defaultValue = "json") String format) {
        List<ReleaseChange> changes = releases.changes(release);
        return ApiResponses.respond(
                format,
                changes,
                () -> TableExport.of(
                        "changes-" + release.replaceAll("[^A-Za-z0-9-]", ""),
                        changes.stream().map(ReleasesApiController::changeRow).toList()));
    }

    /** One row per file, each carrying its release's dates and counts, so the CSV needs no second table. */
    private static List<Map<String, Object>> fileRows(List<Release> loaded) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Release release : loaded) {
            for (ReleaseFile file : release.files()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("release", release.name());
                row.put("first_loaded", release.firstLoaded().toString());
                row.put("last_loaded", release.lastLoaded().toString());
                row.put("new_periods", release.changes().newPeriods());
                row.put("revised", release.changes().revised());
                row.put("withdrawn", release.changes().withdrawn());
                row.put("neighbours_changed", release.changes().neighbours());
                row.put("file_name", file.fileName());
                row.put("layout", file.layout());
                row.put("rows", file.rows());
                row.put("loaded_at", file.loadedAt().toString());
                row.put("sha256", file.sha256());
                row.put("sample", file.sample());
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, Object> changeRow(ReleaseChange c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", c.kind());
        row.put("indicator", c.indicatorId());
        row.put("indicator_title", c.indicatorTitle());
        row.put("area_code", c.areaCode());
        row.put("area_name", c.areaName());
        row.put("period", c.period());
        row.put("breakdown", c.breakdown());
        row.put("old_value", c.oldValue());
        row.put("old_status", c.oldStatus());
        row.put("old_release", c.oldRelease());
        row.put("new_value", c.newValue());
        row.put("new_status", c.newStatus());
        row.put("new_release", c.newRelease());
        row.put("figures", c.figures());
        row.put("model", c.model());
        row.put("old_model", c.oldModel());
        row.put("added", c.added());
        row.put("removed", c.removed());
        return row;
    }
}
