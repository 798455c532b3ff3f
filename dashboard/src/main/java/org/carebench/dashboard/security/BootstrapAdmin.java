package org.carebench.dashboard.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first admin, who exists only while the users table is empty: from configuration, or else named
 * {@code admin} with a password generated at start-up and printed to the log. Adding the first user
 * ends it, so no default password outlives the first sign-in that matters.
 */
@Component
class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String GENERATED_USERNAME = "admin";

    private final String username;
    private final String passwordHash;
    private final String generatedPassword;
    private final UserStore users;

    BootstrapAdmin(SecurityProperties properties, PasswordEncoder encoder, UserStore users) {
        this.users = users;
        SecurityProperties.BootstrapAdmin configured = properties.bootstrapAdmin();
        boolean hasName =
                configured.username() != null && !configured.username().isBlank();
        boolean hasPassword =
                configured.password() != null && !configured.password().isBlank();
        if (hasName != hasPassword) {
            throw new IllegalStateException("Set both carebench.security.bootstrap-admin.username and "
                    + "carebench.security.bootstrap-admin.password, or neither");
        }
        this.username = hasName ? configured.username() : GENERATED_USERNAME;
        this.generatedPassword = hasName ? null : generatePassword();
        this.passwordHash = encoder.encode(hasName ? configured.password() : generatedPassword);
    }

    /** The bootstrap admin if {@code name} is theirs and no user has been added yet. */
    UserDetails user(String name) {
        if (!username.equals(name) || users.count() > 0) {
            return null;
        }
        return User.withUsername(username)
                .password(passwordHash)
                .authorities(Role.ADMIN.authority())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (users.count() > 0) {
            return;
        }
        if (generatedPassword == null) {
            log.info("No user yet: sign in as the configured bootstrap admin '{}' and add users", username);
        } else {
            log.warn(
                    "No user yet and no bootstrap admin configured. Sign in as '{}' with password {} and add users;"
                            + " this password works only until the first user is added.",
                    username,
                    generatedPassword);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
