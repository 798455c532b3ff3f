package org.carebench.dashboard.export;

import java.util.Locale;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.Average;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Service;

/**
 * Every chart the pages draw, drawn again on the server as a PNG at slide resolution or as SVG, from
 * the same service and selection as the page, so the page's link, the API and the command line give
 * the same file.
 */
@Service
public class ChartImages {

    /** A chart as a file: the name says what it holds. */
    public record ChartFile(String fileName, String contentType, byte[] bytes) {}

    private final ComparisonService comparisons;

    public ChartImages(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * @param chart {@code trend} or {@code neighbours}
     * @param period the neighbours' year (default: the latest); the trend is always the latest ten years
     * @param format {@code png} or {@code svg}
     */
    public ChartFile chart(
            String chart, String indicator, String la, Integer period, String model, Average average, String format) {
        String kind = chart.strip().toLowerCase(Locale.ROOT);
        String type = format.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("png") && !type.equals("svg")) {
            throw new IllegalArgumentException("format must be png or svg, not " + format);
        }
        ComparisonPage page = comparisons.pageOrLatest(indicator, la, period, model, average);
        JFreeChart drawing;
        String name;
        switch (kind) {
            case "trend" -> {
                drawing = TrendImage.of(page);
                name = TrendImage.fileName(page);
            }
            case "neighbours" -> {
                drawing = NeighbourBarImage.of(page);
                name = NeighbourBarImage.fileName(page);
            }
            default -> throw new IllegalArgumentException("chart must be trend or neighbours, not " + chart);
        }
        // A bar per authority: taller when a model has many neighbours, so names stay readable.
        int height = kind.equals("neighbours")
                ? Math.max(
                        ChartCanvas.HEIGHT,
                        360 + 56 * (page.selected().neighbours().members().size() + 1))
                : ChartCanvas.HEIGHT;
        return type.equals("png")
                ? new ChartFile(name + ".png", "image/png", ChartCanvas.png(drawing, ChartCanvas.WIDTH, height))
                : new ChartFile(name + ".svg", "image/svg+xml", ChartCanvas.svg(drawing, ChartCanvas.WIDTH, height));
    }
}
