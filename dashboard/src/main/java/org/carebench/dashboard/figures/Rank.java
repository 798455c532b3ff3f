package org.carebench.dashboard.figures;

/** Position among the local authorities that have a figure; 1 is best. */
public record Rank(int position, int of) {}
