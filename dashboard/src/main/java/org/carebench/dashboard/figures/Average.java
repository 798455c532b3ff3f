package org.carebench.dashboard.figures;

import java.util.Locale;

/**
 * How the statistical neighbours' figures are averaged: the mean, as DfE's LAIT does, or the
 * median, as DfE's children's social care dashboard does.
 */
public enum Average {
    MEAN,
    MEDIAN;

    public static Average parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("average must be mean or median, not " + text);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
