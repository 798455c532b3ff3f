package org.carebench.dashboard.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person may do. Each role includes the ones before it: an analyst is also a viewer, an admin
 * also an analyst.
 */
public enum Role {
    /** Pages and national figures. */
    VIEWER,
    /** Also the council's own local figures. */
    ANALYST,
    /** Also users, roles and the audit log. */
    ADMIN;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("role must be viewer, analyst or admin, not '" + text + "'");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Spring Security's notation of the hierarchy: each role above the one before it. */
    static String hierarchy() {
        List<Role> roles = Arrays.asList(values());
        StringBuilder lines = new StringBuilder();
        for (int i = roles.size() - 1; i > 0; i--) {
            lines.append(roles.get(i).authority())
                    .append(" > ")
                    .append(roles.get(i - 1).authority())
                    .append('\n');
        }
        return lines.toString();
    }
}
