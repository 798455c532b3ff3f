package org.carebench.dashboard.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Whether the person asking may see the council's own local figures, computed from child-level
 * records: analysts and admins only, never a viewer or an anonymous caller. Reads the sign-in through
 * the application's own holder strategy (Vaadin's), the one its filter chains fill, rather than
 * the JVM-wide default.
 */
@Component
public class LocalFiguresAccess {

    private final SecurityContextHolderStrategy contexts;

    public LocalFiguresAccess(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public boolean granted() {
        Authentication who = contexts.getContext().getAuthentication();
        return who != null
                && who.isAuthenticated()
                && who.getAuthorities().stream()
                        .anyMatch(authority -> Role.ANALYST.authority().equals(authority.getAuthority()));
    }
}
