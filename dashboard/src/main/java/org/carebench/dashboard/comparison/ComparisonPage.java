package org.carebench.dashboard.comparison;

import java.util.List;

/** Everything the comparison page shows, read from one snapshot so that its parts agree. */
public record ComparisonPage(
        Indicator indicator,
        Area la,
        Area region,
        List<Area> localAuthorities,
        List<Integer> periods,
        List<String> neighbourModels,
        Comparison selected,
        List<Comparison> series,
        List<SourceFile> sources,
        boolean sampleData) {
}
