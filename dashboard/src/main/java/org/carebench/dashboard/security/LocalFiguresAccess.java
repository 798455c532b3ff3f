package org.carebench.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the person asking may see the council's own local figures, computed from child-level
 * records: analysts and admins only, never a viewer or an anonymous caller.
 */
public final class LocalFiguresAccess {

    private LocalFiguresAccess() {
    }

    public static boolean granted() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && who.getAuthorities().stream()
                .anyMatch(authority -> Role.ANALYST.authority().equals(authority.getAuthority()));
    }
}
