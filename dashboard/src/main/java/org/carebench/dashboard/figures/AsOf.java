package org.carebench.dashboard.figures;

import java.util.List;

/**
 * Which national releases and which local extracts the figures on a page came from, and whether
 * any of them is the product's own sample data rather than published statistics.
 */
public record AsOf(List<String> releases, List<String> localExtracts, boolean sample) {
}
