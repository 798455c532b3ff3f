package org.carebench.dashboard.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.carebench.dashboard.security.Role;
import org.carebench.dashboard.security.UserStore;

/** One signed-in person per role, added to the application database through the real user store. */
public enum TestUser {
    VIEWER(Role.VIEWER),
    ANALYST(Role.ANALYST),
    ADMIN(Role.ADMIN);

    private final Role role;

    TestUser(Role role) {
        this.role = role;
    }

    public String username() {
        return "test-" + name().toLowerCase(Locale.ROOT);
    }

    public String password() {
        return username() + "-password";
    }

    /** The value of an HTTP Basic {@code Authorization} header for this user. */
    public String basic() {
        return basic(username(), password());
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds every test user not yet in the store; the application context, and so its store, is shared. */
    public static synchronized void ensureAll(UserStore users) {
        for (TestUser user : values()) {
            if (users.find(user.username()).isEmpty()) {
                users.add(user.username(), "Test " + user.role.id(), user.role, user.password());
            }
        }
    }
}
