package org.carebench.dashboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;

/**
 * A council directory's groups as Carebench roles, with the roles each includes. A person in none of
 * the configured groups gets no role, and so sees nothing.
 */
final class DirectoryGroups implements GrantedAuthoritiesMapper {

    private final Map<String, Role> roles;
    private final RoleHierarchy hierarchy;

    DirectoryGroups(SecurityProperties.Groups groups, RoleHierarchy hierarchy) {
        this.roles = Map.of(
                lower(groups.viewer()),
                Role.VIEWER,
                lower(groups.analyst()),
                Role.ANALYST,
                lower(groups.admin()),
                Role.ADMIN);
        this.hierarchy = hierarchy;
    }

    /** Authorities named after groups (as the LDAP group search returns them) to roles. */
    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> groups) {
        return fromGroupNames(
                groups.stream().map(GrantedAuthority::getAuthority).toList());
    }

    Collection<? extends GrantedAuthority> fromGroupNames(Collection<String> groupNames) {
        List<GrantedAuthority> direct = groupNames.stream()
                .filter(Objects::nonNull)
                .map(DirectoryGroups::lower)
                .map(roles::get)
                .filter(Objects::nonNull)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return hierarchy.getReachableGrantedAuthorities(direct);
    }

    private static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
