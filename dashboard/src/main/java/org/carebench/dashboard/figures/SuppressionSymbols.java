package org.carebench.dashboard.figures;

import java.util.Map;

/**
 * DfE's symbols for figures it does not publish, as its explore-education-statistics service explains
 * them. Pages, spreadsheets, slides and papers show the symbol with its meaning, never a 0.
 */
public final class SuppressionSymbols {

    public static final Map<String, String> MEANINGS = Map.of(
            "c", "confidential: suppressed to protect individuals",
            "x", "not available",
            "z", "not applicable",
            "k", "fewer than 0.5, rounds to 0",
            "low", "rounds to 0, but is not 0",
            "u", "low reliability",
            "–", "no figure for this period");

    private SuppressionSymbols() {}

    public static String meaning(String symbol) {
        return MEANINGS.getOrDefault(symbol, "published as " + symbol);
    }
}
