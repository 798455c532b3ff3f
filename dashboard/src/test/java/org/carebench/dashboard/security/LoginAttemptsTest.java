package org.carebench.dashboard.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

/** The lock after repeated failures, and its end. */
class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-01-05T09:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void locksAfterTheThirdFailureUntilTheLockOutHasPassed() {
        attempts.failed("ann|10.0.0.1");
        attempts.failed("ann|10.0.0.1");
        assertThatCode(() -> attempts.checkNotLocked("ann|10.0.0.1")).doesNotThrowAnyException();
        attempts.failed("ann|10.0.0.1");
        assertThatThrownBy(() -> attempts.checkNotLocked("ann|10.0.0.1"))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-ins: this name is locked here for 15 more minutes.");
        assertThatCode(() -> attempts.checkNotLocked("ann|10.0.0.2")).doesNotThrowAnyException();
        now = now.plus(Duration.ofMinutes(15));
        assertThatCode(() -> attempts.checkNotLocked("ann|10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void failuresSpreadOverMoreThanTheLockOutNeverLock() {
        attempts.failed("ann|10.0.0.1");
        attempts.failed("ann|10.0.0.1");
        now = now.plus(Duration.ofMinutes(16));
        attempts.failed("ann|10.0.0.1");
        assertThatCode(() -> attempts.checkNotLocked("ann|10.0.0.1")).doesNotThrowAnyException();
    }
}
