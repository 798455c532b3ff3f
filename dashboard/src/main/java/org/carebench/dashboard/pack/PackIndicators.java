package org.carebench.dashboard.pack;

import java.util.List;

/**
 * The indicators a councillors' corporate-parenting session covers unless the trainer picks others,
 * in the order of the session's outline: who becomes looked after and why; what happens to them;
 * how they do. The one place the default set is defined: the Pack page, the API and the command line
 * all read it.
 */
public final class PackIndicators {

    public static final List<String> DEFAULT = List.of(
            // who becomes looked after and why: rate, starts, ceases, unaccompanied asylum-seeking children
            "cla-rate-per-10k",
            "cla-starting-rate-per-10k",
            "cla-ceasing-rate-per-10k",
            "cla-uasc-count",
            // what happens to them: placement stability, distance from home, missing
            "placement-3plus-moves-pct",
            "placement-long-term-stability-pct",
            "placement-20-miles-outside-pct",
            "missing-pct",
            // how they do: health, education, care leavers' work and accommodation
            "health-assessment-pct",
            "ks2-rwm-expected-pct",
            "care-leavers-19-21-eet-pct",
            "care-leavers-19-21-suitable-accommodation-pct");

    private PackIndicators() {}
}
