package org.carebench.dashboard.benchmark;

import java.util.List;
import java.util.function.Supplier;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.pack.PackIndicators;
import org.carebench.dashboard.pack.PackRequest;
import org.carebench.dashboard.pack.PackService;
import org.carebench.dashboard.report.ReportRequest;
import org.carebench.dashboard.report.ReportService;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export speed over the whole reference set, printed rather than asserted ({@code -Pbenchmark}):
 * a training pack of the twelve default indicators and a board report of every indicator, each warm
 * (the figures already read once). Target: under 3 s each.
 */
class ExportBenchmark extends PipelineWarehouseApplicationTest {

    private static final int RUNS = 10;

    @Autowired
    private PackService packs;

    @Autowired
    private ReportService reports;

    @Test
    void printFigures() {
        PackRequest pack =
                new PackRequest("358", 2024, PackIndicators.DEFAULT, "2025", Average.MEAN, Audience.INTERNAL);
        ReportRequest report = new ReportRequest("358", 2024, List.of(), "2025", Average.MEAN, Audience.INTERNAL);
        System.out.println("\n===== Carebench export benchmark =====");
        System.out.println(time(() -> packs.pptx(pack))
                .report("training pack, " + PackIndicators.DEFAULT.size() + " indicators ("
                        + (PackIndicators.DEFAULT.size() + 2) + " slides), warm"));
        System.out.println(time(() -> reports.docx(report)).report("board report, Word (.docx), warm"));
        System.out.println(time(() -> reports.pdf(report)).report("board report, PDF, warm"));
        System.out.println("======================================\n");
    }

    private static Timings time(Supplier<byte[]> export) {
        export.get();
        Timings timings = new Timings();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            export.get();
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }
}
