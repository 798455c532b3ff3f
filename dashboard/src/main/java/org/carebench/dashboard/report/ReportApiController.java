package org.carebench.dashboard.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.commentary.AudienceChoice;
import org.carebench.dashboard.figures.Average;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The board report as a Word paper, a PDF, or the HTML both are drawn from. */
@RestController
class ReportApiController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportService reports;
    private final AudienceChoice audiences;

    ReportApiController(ReportService reports, AudienceChoice audiences) {
        this.reports = reports;
        this.audiences = audiences;
    }

    @GetMapping("/api/v1/board-report")
    ResponseEntity<?> report(
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(required = false) List<String> indicators,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(required = false) String audience,
            @RequestParam(defaultValue = "docx") String format) {
        ReportRequest request =
                new ReportRequest(la, period, indicators, model, Average.parse(average), audiences.of(audience));
        String name = "board-report-" + la + (period == null ? "" : "-" + period);
        return switch (format) {
            case "docx" -> ApiResponses.download(name + ".docx", DOCX, reports.docx(request));
            case "pdf" -> ApiResponses.download(name + ".pdf", MediaType.APPLICATION_PDF, reports.pdf(request));
            case "html" ->
                ResponseEntity.ok()
                        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                        .body(reports.html(request));
            default -> throw new IllegalArgumentException("format must be docx, pdf or html, not " + format);
        };
    }
}
