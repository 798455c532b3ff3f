package org.carebench.dashboard.security;

import java.time.Instant;

/** A person who signs in with a password kept in the application database. */
public record UserAccount(String username, String displayName, Role role, boolean enabled, Instant created) {}
