package org.carebench.dashboard.pack;

import java.util.List;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.commentary.AudienceChoice;
import org.carebench.dashboard.figures.Average;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The training pack as a download: what the Pack page's form asks for. */
@RestController
class PackApiController {

    static final MediaType PPTX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final PackService packs;
    private final AudienceChoice audiences;

    PackApiController(PackService packs, AudienceChoice audiences) {
        this.packs = packs;
        this.audiences = audiences;
    }

    /** {@code indicators} repeated or comma-separated, in slide order; none means the default set. */
    @GetMapping("/api/v1/pack")
    ResponseEntity<byte[]> pack(
            @RequestParam String la,
            @RequestParam int period,
            @RequestParam(required = false) List<String> indicators,
            @RequestParam(name = "sn", defaultValue = "2025") String model,
            @RequestParam(defaultValue = "mean") String average,
            @RequestParam(required = false) String audience) {
        PackRequest request =
                new PackRequest(la, period, indicators, model, Average.parse(average), audiences.of(audience));
        return ApiResponses.download("training-pack-" + la + "-" + period + ".pptx", PPTX, packs.pptx(request));
    }
}
