package org.carebench.dashboard.export;

import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.figures.Average;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator page's charts as images (PNG at slide resolution, or SVG), national figures only. */
@RestController
class ChartApiController {

    private final ChartImages images;

    ChartApiController(ChartImages images) {
        this.images = images;
    }

    @GetMapping("/api/v1/chart")
    ResponseEntity<byte[]> chart(
            @RequestParam(defaultValue = "trend") String chart,
            @RequestParam String indicator,
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(defaultValue = "png") String format) {
        ChartImages.ChartFile file = images.chart(chart, indicator, la, period, model, Average.parse(average), format);
        return ApiResponses.download(file.fileName(), MediaType.parseMediaType(file.contentType()), file.bytes());
    }
}
