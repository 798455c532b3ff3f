package org.carebench.dashboard.figures;

/** An entry of the indicator catalogue. */
public record Indicator(
        String id,
        String title,
        String theme,
        String unit,
        Polarity polarity,
        String definition,
        String source,
        String caveats) {}
