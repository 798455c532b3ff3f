package org.carebench.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per name and address: after {@code maxFailures} within the lock-out period, that name
 * is refused from that address until the period has passed, whatever password is tried.
 */
@Component
class LoginAttempts {

    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginAttempts(SecurityProperties properties) {
        this(properties.signIn().maxFailures(), properties.signIn().lockout(), Clock.systemUTC());
    }

    LoginAttempts(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    static String key(Authentication request) {
        return String.valueOf(request.getName()).toLowerCase(Locale.ROOT) + "|" + address(request);
    }

    static String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    void checkNotLocked(String key) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            long minutes = Math.max(1, (Duration.between(now, f.lockedUntil()).getSeconds() + 59) / 60);
            throw new LockedException("Too many failed sign-ins: this name is locked here for " + minutes
                    + " more minute" + (minutes == 1 ? "" : "s") + ".");
        }
    }

    void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.expired(now, lockout));
        }
        failures.compute(key, (k, f) -> {
            Failures current = f == null || f.expired(now, lockout) ? new Failures(0, now, null) : f;
            int count = current.count() + 1;
            return new Failures(count, current.first(), count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    private record Failures(int count, Instant first, Instant lockedUntil) {

        boolean expired(Instant now, Duration lockout) {
            Instant end = lockedUntil != null ? lockedUntil : first.plus(lockout);
            return !now.isBefore(end);
        }
    }
}
