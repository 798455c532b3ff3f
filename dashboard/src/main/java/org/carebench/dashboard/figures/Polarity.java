package org.carebench.dashboard.figures;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which direction of an indicator is good; {@code NONE} when the figure carries no judgement. */
public enum Polarity {
    HIGHER,
    LOWER,
    NONE;

    static Polarity of(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} is strictly better than {@code b}. */
    boolean better(double a, double b) {
        return switch (this) {
            case HIGHER -> a > b;
            case LOWER -> a < b;
            case NONE -> false;
        };
    }
}
