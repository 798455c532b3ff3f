package org.carebench.dashboard.localdata;

import java.nio.file.Path;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The validation report of an authority's latest local extract, every finding with the child it is
 * about, as CSV or the data team's workbook. Children's identifiers: analysts only (the API's security).
 */
@RestController
class LocalValidationApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LocalDataService localData;

    LocalValidationApiController(LocalDataService localData) {
        this.localData = localData;
    }

    @GetMapping("/api/v1/local-validation")
    ResponseEntity<FileSystemResource> report(
            @RequestParam String la, @RequestParam(defaultValue = "csv") String format) {
        if (!la.matches("[A-Za-z0-9]{1,12}")) {
            throw new IllegalArgumentException("la must be an authority's code, such as 358");
        }
        LocalDataService.ReportFormat wanted = LocalDataService.ReportFormat.of(format);
        Path report = localData
                .validationReport(la, wanted)
                .orElseThrow(() -> new UnknownReferenceException("local extract validation report", la));
        return ResponseEntity.ok()
                .contentType(wanted == LocalDataService.ReportFormat.CSV ? new MediaType("text", "csv") : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"local-validation-" + la + "."
                                + format.toLowerCase(java.util.Locale.ROOT) + "\"")
                .body(new FileSystemResource(report));
    }
}
