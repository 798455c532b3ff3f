package org.carebench.dashboard.security;

import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Every password sign-in, from the sign-in page or the API, passes here: a locked name is refused
 * before any password is checked, failures are counted and audited. Successful sign-ins are audited
 * for the pages only: an API client signs in on each request.
 */
final class SignInGuard implements AuthenticationManager {

    private final AuthenticationManager providers;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final boolean auditSuccess;

    SignInGuard(AuthenticationManager providers, LoginAttempts attempts, AuditLog audit, boolean auditSuccess) {
        this.providers = providers;
        this.attempts = attempts;
        this.audit = audit;
        this.auditSuccess = auditSuccess;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = LoginAttempts.key(request);
        String from = " from " + LoginAttempts.address(request);
        try {
            attempts.checkNotLocked(key);
        } catch (LockedException e) {
            audit.append(request.getName(), AuditAction.SIGN_IN_REFUSED, "locked after failed sign-ins" + from);
            throw e;
        }
        try {
            Authentication result = providers.authenticate(request);
            attempts.succeeded(key);
            if (auditSuccess) {
                audit.append(result.getName(), AuditAction.SIGN_IN, "password" + from);
            }
            return result;
        } catch (AuthenticationException e) {
            attempts.failed(key);
            audit.append(
                    request.getName(), AuditAction.SIGN_IN_FAILED, e.getClass().getSimpleName() + from);
            throw e;
        }
    }
}
