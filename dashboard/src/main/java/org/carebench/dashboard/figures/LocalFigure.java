package org.carebench.dashboard.figures;

/**
 * The authority's own figure, not yet published by DfE: shown beside the national figures, never
 * counted in ranks, quartiles or neighbour averages.
 */
public record LocalFigure(int period, Double value, String status, String extract) {}
