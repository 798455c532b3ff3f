package org.carebench.dashboard.comparison;

/** An entry of the indicator catalogue. */
public record Indicator(String id, String title, String unit, Polarity polarity) {
}
