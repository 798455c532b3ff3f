package org.carebench.dashboard.board;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the followed indicators' figures since the authority's last board report.
 *
 * @param earlierSnapshot the snapshot the last report came from; null for the first report
 * @param earlierProducedAt when that report was produced
 * @param earlierKept whether that snapshot is still in the warehouse to compare with
 */
public record ReportChanges(
        String earlierSnapshot,
        Instant earlierProducedAt,
        boolean earlierKept,
        String currentSnapshot,
        List<FigureChange> changes) {

    public boolean firstReport() {
        return earlierSnapshot == null;
    }
}
