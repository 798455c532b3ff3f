package org.carebench.dashboard.releases;

/** A year whose figure a later release revised: the figure as first published beside the current one. */
public record FirstPublished(
        int period,
        Double firstValue,
        String firstStatus,
        String firstRelease,
        Double currentValue,
        String currentStatus,
        String currentRelease) {}
