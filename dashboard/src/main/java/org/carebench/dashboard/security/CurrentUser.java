package org.carebench.dashboard.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for features that write in their name (commentary, board lists) or show analysts
 * more. Read through the application's own holder strategy, as {@link LocalFiguresAccess} does.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;
    private final LocalFiguresAccess analysts;

    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy, LocalFiguresAccess analysts) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.analysts = analysts;
    }

    /** The signed-in person's name; empty for an anonymous caller. */
    public Optional<String> username() {
        Authentication who = contexts.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(who.getName());
    }

    /** Analysts (and admins) write commentary and read internal comments; viewers read public ones only. */
    public boolean isAnalyst() {
        return analysts.granted();
    }
}
