package org.carebench.dashboard.profile;

import java.time.LocalDate;

/**
 * Where the council's own shares come from: its latest SSDA903 extract, for the period ending on
 * {@code periodEnd}. Local figures, unpublished: always labelled so, and seen only by those allowed
 * to see local figures.
 */
public record ProfileLocal(LocalDate periodEnd, String release) {}
