package org.carebench.dashboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings under {@code carebench.security}.
 *
 * @param bootstrapAdmin the first admin, accepted only while the users table is empty
 * @param signIn how many failed sign-ins lock a name at one address, and for how long
 * @param ldap the council's directory; off unless {@code url} is set
 * @param groups the directory groups (LDAP groups, or values of the OpenID Connect groups claim) of each role
 * @param oidcGroupsClaim the ID token or user-info claim listing a person's groups
 */
@ConfigurationProperties(prefix = "carebench.security")
public record SecurityProperties(
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue SignIn signIn,
        @DefaultValue Ldap ldap,
        @DefaultValue Groups groups,
        @DefaultValue("groups") String oidcGroupsClaim) {

    public record BootstrapAdmin(String username, String password) {}

    public record SignIn(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockout) {}

    public record Ldap(
            String url,
            @DefaultValue("uid={0},ou=people") String userDnPattern,
            @DefaultValue("ou=groups") String groupSearchBase,
            @DefaultValue("(member={0})") String groupSearchFilter,
            String managerDn,
            String managerPassword) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    public record Groups(
            @DefaultValue("carebench-viewers") String viewer,
            @DefaultValue("carebench-analysts") String analyst,
            @DefaultValue("carebench-admins") String admin) {}
}
