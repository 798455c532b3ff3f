package org.carebench.dashboard.export;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carebench.dashboard.figures.SuppressionSymbols;

/**
 * The words drawn inside an exported chart, so that a picture pasted into a slide says what it shows.
 *
 * @param note what a gap or a symbol means; null when every figure was published
 */
record ChartCaption(String title, String subtitle, String source, String note) {

    /** "No figure: c = ..., x = ...", naming only the symbols the chart holds, or null if nothing is missing. */
    static String missingNote(String lead, boolean anyMissing, Collection<String> symbols) {
        if (!anyMissing) {
            return null;
        }
        String meanings = new TreeSet<>(
                        symbols.stream().filter(Objects::nonNull).toList())
                .stream()
                        .map(symbol -> symbol + " = " + SuppressionSymbols.meaning(symbol))
                        .collect(Collectors.joining("; "));
        return lead + (meanings.isEmpty() ? "." : ": " + meanings + ".");
    }
}
