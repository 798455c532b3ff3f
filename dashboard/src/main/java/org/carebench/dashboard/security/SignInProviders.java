package org.carebench.dashboard.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyAuthoritiesMapper;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Where passwords are checked: the application database first, then the directory when configured.
 * Roles come out with those they include, so every check (pages, API, views) sees the whole set.
 */
@Component
class SignInProviders {

    private final List<AuthenticationProvider> providers = new ArrayList<>();

    SignInProviders(
            UserStore users,
            BootstrapAdmin bootstrap,
            PasswordEncoder encoder,
            RoleHierarchy hierarchy,
            SecurityProperties properties) {
        DaoAuthenticationProvider database = new DaoAuthenticationProvider(new AppUserDetailsService(users, bootstrap));
        database.setPasswordEncoder(encoder);
        database.setAuthoritiesMapper(new RoleHierarchyAuthoritiesMapper(hierarchy));
        providers.add(database);
        if (properties.ldap().enabled()) {
            providers.add(LdapSignIn.provider(properties.ldap(), new DirectoryGroups(properties.groups(), hierarchy)));
        }
    }

    ProviderManager manager() {
        return new ProviderManager(providers);
    }
}
