package org.carebench.dashboard.figures;

import java.util.Locale;

/**
 * Who an export is for. A public audience never sees a council's small local counts (see
 * {@link SmallNumbers}) nor its internal commentary; internal is for the council's own analysts.
 */
public enum Audience {
    INTERNAL,
    PUBLIC;

    public static Audience parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("audience must be internal or public, not '" + text + "'");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
