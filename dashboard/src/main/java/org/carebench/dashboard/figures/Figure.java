package org.carebench.dashboard.figures;

/** A value, or the symbol DfE published in its place, and the release it came from. */
public record Figure(Double value, String status, String release) {}
