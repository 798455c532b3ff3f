package org.carebench.dashboard.figures;

/** One statistical neighbour: its place in the model (1 = closest) and DfE's closeness label. */
public record Neighbour(int position, Area area, String closeness) {}
