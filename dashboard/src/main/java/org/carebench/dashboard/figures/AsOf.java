package org.carebench.dashboard.figures;

import java.util.List;

/**
 * Which national releases and which local extracts the figures on a page came from, and whether
 * any of them is the product's own sample data rather than published statistics. {@code localExtracts}
 * is null when the reader may not see local figures.
 */
public record AsOf(List<String> releases, List<String> localExtracts, boolean sample) {

    /** Without the local extracts, whose very names are not for a reader who may not see local figures. */
    public AsOf withoutLocalExtracts() {
        return new AsOf(releases, null, sample);
    }
}
