package org.carebench.dashboard.figures;

import java.time.LocalDate;

/**
 * A council that an authority took over from ({@code predecessor}) or that took over from it, and the
 * day the change took effect, as {@code jobs/reorganisations.yml} records it.
 */
public record Reorganisation(Area council, boolean predecessor, LocalDate effective) {}
