package org.carebench.dashboard.training;

import java.util.Locale;

/** Who a member is: an elected councillor, or an officer of the council who takes part in training. */
public enum MemberKind {
    COUNCILLOR,
    OFFICER;

    public static MemberKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("kind must be councillor or officer, not '" + text + "'");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
