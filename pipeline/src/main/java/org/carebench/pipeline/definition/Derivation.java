package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Map;

/**
 * A figure this product derives where DfE published none ({@code derived-when-unpublished:} in
 * {@code jobs/indicators.yml}): the numerator's count per the denominator's, as DfE derives it for the
 * years it publishes. Before 2020 DfE gave the numbers starting and ceasing, not their rates.
 *
 * @param denominatorLag 1 when the denominator is the year before's (ONS mid-year population)
 * @param per 10,000 for a rate per 10,000, 100 for a percentage
 * @param decimals the places the figure is rounded to, as DfE rounds its own
 */
public record Derivation(
        String indicatorId, String numeratorId, String denominatorId, int denominatorLag, double per, int decimals) {

    private static final Map<String, Double> PER_UNIT = Map.of("percent", 100.0, "rate-per-10k", 10_000.0);

    /** The entry's {@code derived-when-unpublished} block, or null when it has none. */
    static Derivation read(YamlMap entry, String id, String unit) {
        if (!entry.has("derived-when-unpublished")) {
            return null;
        }
        YamlMap block = entry.map("derived-when-unpublished");
        Double per = PER_UNIT.get(unit);
        if (per == null) {
            throw block.error(
                    "numerator", "derives a rate per 10,000 or a percentage, not a figure of unit '" + unit + "'");
        }
        String period = block.text("denominator-period", "same");
        if (!List.of("same", "previous").contains(period)) {
            throw block.error("denominator-period", "must be same or previous, not '" + period + "'");
        }
        int decimals;
        try {
            decimals = Integer.parseInt(block.text("decimals", "0"));
        } catch (NumberFormatException e) {
            throw block.error("decimals", "must be a whole number of decimal places");
        }
        return new Derivation(
                id,
                block.text("numerator"),
                block.text("denominator"),
                period.equals("previous") ? 1 : 0,
                per,
                decimals);
    }

    /** Numerator and denominator must be indicators of the catalogue. */
    void requireKnown(Map<String, IndicatorDefinition> indicators, YamlMap entry) {
        for (String named : new String[] {numeratorId, denominatorId}) {
            if (!indicators.containsKey(named)) {
                throw entry.map("derived-when-unpublished")
                        .error("numerator/denominator", "names '" + named + "', which is not among the indicators");
            }
        }
    }

    /** How the figure was made, kept with it: it is this product's arithmetic, not a published figure. */
    public String note() {
        return "Derived by Carebench where DfE published no figure: " + numeratorId + " per "
                + (per == 100.0 ? "100" : "10,000") + " " + denominatorId
                + (denominatorLag == 1 ? " of the year before" : "");
    }
}
