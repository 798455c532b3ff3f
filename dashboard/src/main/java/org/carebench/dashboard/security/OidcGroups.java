package org.carebench.dashboard.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/** Roles for an OpenID Connect sign-in, from the groups claim of the ID token or user info. */
final class OidcGroups implements GrantedAuthoritiesMapper {

    private final String claim;
    private final DirectoryGroups groups;

    OidcGroups(String claim, DirectoryGroups groups) {
        this.claim = claim;
        this.groups = groups;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        List<String> names = new ArrayList<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                names.addAll(claimValues(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    names.addAll(claimValues(oidc.getUserInfo().getClaims()));
                }
            } else if (authority instanceof OAuth2UserAuthority oauth2) {
                names.addAll(claimValues(oauth2.getAttributes()));
            }
        }
        return groups.fromGroupNames(names);
    }

    private List<String> claimValues(Map<String, Object> claims) {
        Object value = claims.get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }
}
