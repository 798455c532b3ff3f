package org.carebench.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Directory groups (LDAP or an OpenID Connect claim) to roles, each with the roles it includes. */
class DirectoryGroupsTest {

    private final DirectoryGroups groups = new DirectoryGroups(
            new SecurityProperties.Groups("cb-viewers", "cb-analysts", "cb-admins"),
            RoleHierarchyImpl.fromHierarchy(Role.hierarchy()));

    @Test
    void adminGroupBringsEveryRoleAndUnknownGroupsNone() {
        assertThat(names(groups.mapAuthorities(List.of(new SimpleGrantedAuthority("CB-Admins")))))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(names(groups.mapAuthorities(List.of(new SimpleGrantedAuthority("cb-analysts")))))
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(groups.mapAuthorities(List.of(new SimpleGrantedAuthority("finance"))))
                .isEmpty();
    }

    @Test
    void openIdConnectRolesComeFromTheGroupsClaim() {
        OidcIdToken token = new OidcIdToken(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("sub", "ann", "groups", List.of("finance", "cb-analysts")));
        OidcGroups oidc = new OidcGroups("groups", groups);
        assertThat(names(oidc.mapAuthorities(List.of(new OidcUserAuthority(token)))))
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_VIEWER");
        OidcIdToken none = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "x"));
        assertThat(oidc.mapAuthorities(List.of(new OidcUserAuthority(none)))).isEmpty();
    }

    private static List<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
