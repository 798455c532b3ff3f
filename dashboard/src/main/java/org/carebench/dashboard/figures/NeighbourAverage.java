package org.carebench.dashboard.figures;

import java.util.List;

/**
 * The statistical neighbours' average for one period.
 *
 * @param value the average over the neighbours that have a figure; null when none has
 * @param count how many neighbours had a figure
 * @param members the neighbours in the model's order, closest first
 */
public record NeighbourAverage(String model, String average, Double value, int count, List<AreaFigure> members) {}
