package org.carebench.dashboard.comparison;

/** A value, or the symbol DfE published in its place. */
record Figure(Double value, String status) {
}
