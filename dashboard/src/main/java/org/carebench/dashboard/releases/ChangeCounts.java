package org.carebench.dashboard.releases;

import java.util.Map;

/** How much a release changed: new periods, figures revised and withdrawn, authorities whose neighbours changed. */
public record ChangeCounts(int newPeriods, int revised, int withdrawn, int neighbours) {

    static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0);

    static ChangeCounts of(Map<String, Integer> byKind) {
        return new ChangeCounts(
                byKind.getOrDefault("new-period", 0),
                byKind.getOrDefault("revised", 0),
                byKind.getOrDefault("withdrawn", 0),
                byKind.getOrDefault("neighbours", 0));
    }

    public int total() {
        return newPeriods + revised + withdrawn + neighbours;
    }
}
