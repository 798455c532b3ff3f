package org.carebench.dashboard.comparison;

import java.util.List;

/** Which national releases and which local extracts the figures on a page came from. */
public record AsOf(List<String> releases, List<String> localExtracts) {
}
