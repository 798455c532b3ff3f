package org.carebench.dashboard.base.ui;

import java.util.Map;
import org.carebench.dashboard.figures.SuppressionSymbols;

/**
 * DfE's symbols for figures it does not publish, as its explore-education-statistics service explains
 * them; pages show the symbol with its meaning, never a 0.
 */
public final class DfeSymbols {

    public static final Map<String, String> MEANINGS = SuppressionSymbols.MEANINGS;

    private DfeSymbols() {}
}
