package org.carebench.dashboard.comparison;

/** A value, or the symbol DfE published in its place, and the release it came from. */
record Figure(Double value, String status, String release) {
}
