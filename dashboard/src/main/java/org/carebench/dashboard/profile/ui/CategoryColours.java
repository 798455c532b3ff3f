package org.carebench.dashboard.profile.ui;

/**
 * Colours of the categories in a stacked bar, in order, each with at least 3:1 contrast against
 * white; every other segment is also hatched, so neighbouring segments differ in more than colour.
 */
final class CategoryColours {

    private static final String[] COLOURS = {
        "#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490",
        "#4d7c0f", "#a21caf", "#374151", "#c2410c", "#1e3a8a", "#15803d"
    };

    private CategoryColours() {}

    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    static boolean hatched(int index) {
        return index % 2 == 1;
    }
}
