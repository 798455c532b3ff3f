package org.carebench.pipeline.definition;

/** One entry of the indicator catalogue ({@code jobs/indicators.yml}). */
public record IndicatorDefinition(
        String id, String title, String theme, String unit, String polarity, String definition, String caveats) {

    public boolean isPercent() {
        return "percent".equals(unit);
    }
}
