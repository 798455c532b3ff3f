package org.carebench.dashboard.releases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A release loaded into the warehouse (or a neighbour model loaded on its own), with its files, when
 * they were loaded, and what its change reports count. {@code reported} is false when the snapshot
 * was made before the warehouse kept change reports.
 */
public record Release(
        String name,
        LocalDateTime firstLoaded,
        LocalDateTime lastLoaded,
        boolean sample,
        boolean reported,
        ChangeCounts changes,
        List<ReleaseFile> files) {}
