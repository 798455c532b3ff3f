package org.carebench.dashboard.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carebench.dashboard.commentary.CommentaryService;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.SnapshotPin;
import org.springframework.stereotype.Service;

/** Training packs read through the same comparison service as the indicator page and the API. */
@Service
public class PackService {

    static final int TREND_PERIODS = 10;

    private final ComparisonService comparisons;
    private final CommentaryService commentary;

    public PackService(ComparisonService comparisons, CommentaryService commentary) {
        this.comparisons = comparisons;
        this.commentary = commentary;
    }

    /** The pack as a PowerPoint file. */
    public byte[] pptx(PackRequest request) {
        return PackWriter.write(pack(request));
    }

    /** Every slide from one snapshot, even when the pack is made outside a request (the command line). */
    public TrainingPack pack(PackRequest request) {
        try (SnapshotPin pin = SnapshotPin.open()) {
            return packFromOneSnapshot(request);
        }
    }

    private TrainingPack packFromOneSnapshot(PackRequest request) {
        List<PackSlide> slides = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : request.indicators()) {
            PackSlide slide = slide(id, request);
            if (slide == null) {
                missing.add(id);
            } else {
                slides.add(slide);
            }
        }
        if (slides.isEmpty()) {
            throw new UnknownReferenceException("period", request.period() + " (no figures for the chosen indicators)");
        }
        List<String> releases = slides.stream()
                .map(s -> s.shown().la().release())
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        return new TrainingPack(request, slides.get(0).shown().la().name(), slides, releases, missing);
    }

    /** The requested year, or the latest before it: outcome figures often lag a year behind. */
    private PackSlide slide(String id, PackRequest request) {
        List<Comparison> upTo;
        try {
            upTo = comparisons.series(id, request.la(), request.model(), request.average()).stream()
                    .filter(c -> c.period() <= request.period())
                    .toList();
        } catch (UnknownReferenceException e) {
            if (e.getMessage().startsWith("Unknown indicator")) {
                throw e;
            }
            return null;
        }
        List<Comparison> withFigure = upTo.stream()
                .filter(c -> c.la().value() != null || c.la().status() != null)
                .toList();
        if (withFigure.isEmpty()) {
            return null;
        }
        Comparison shown = withFigure.get(withFigure.size() - 1);
        List<Comparison> trend =
                upTo.stream().filter(c -> c.period() <= shown.period()).toList();
        trend = trend.subList(Math.max(0, trend.size() - TREND_PERIODS), trend.size());
        return new PackSlide(
                comparisons.indicator(id),
                shown,
                trend,
                commentary.forFigure(request.la(), id, shown.period(), request.audience()));
    }
}
