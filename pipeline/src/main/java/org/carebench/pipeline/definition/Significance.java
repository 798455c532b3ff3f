package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Map;

/**
 * How an indicator's figure is tested against chance ({@code significance:} in {@code jobs/indicators.yml}):
 * a proportion (Wilson score) or a rate (Byar's method), with the count indicator that is its
 * denominator and, optionally, the one that is its numerator; without a numerator the count is taken
 * from the published value and the denominator.
 *
 * @param denominatorLag 1 when the denominator is the year before's (ONS mid-year population)
 * @param per 100 for a percentage, 10,000 for a rate per 10,000
 */
public record Significance(
        String indicatorId, String method, String numeratorId, String denominatorId, int denominatorLag, double per) {

    private static final Map<String, Double> PER_UNIT = Map.of("percent", 100.0, "rate-per-10k", 10_000.0);

    /** The entry's {@code significance} block, or null when it has none: the indicator is then not tested. */
    static Significance read(YamlMap entry, String id, String unit) {
        if (!entry.has("significance")) {
            return null;
        }
        YamlMap block = entry.map("significance");
        String method = block.text("method");
        if (!List.of("proportion", "rate").contains(method)) {
            throw block.error("method", "must be proportion or rate, not '" + method + "'");
        }
        Double per = PER_UNIT.get(unit);
        if (per == null || method.equals("proportion") != unit.equals("percent")) {
            throw block.error(
                    "method",
                    "'" + method + "' does not fit unit '" + unit + "' (proportion: percent; rate: rate-per-10k)");
        }
        String period = block.text("denominator-period", "same");
        if (!List.of("same", "previous").contains(period)) {
            throw block.error("denominator-period", "must be same or previous, not '" + period + "'");
        }
        return new Significance(
                id,
                method,
                block.text("numerator", null),
                block.text("denominator"),
                period.equals("previous") ? 1 : 0,
                per);
    }

    /** Numerator and denominator must be indicators of the catalogue. */
    void requireKnown(Map<String, IndicatorDefinition> indicators, YamlMap entry) {
        for (String named : new String[] {numeratorId, denominatorId}) {
            if (named != null && !indicators.containsKey(named)) {
                throw entry.map("significance")
                        .error("numerator/denominator", "names '" + named + "', which is not among the indicators");
            }
        }
    }
}
