package org.carebench.dashboard.security;

import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

/** Sign-in against the council's directory: bind as the person, then read their groups. */
final class LdapSignIn {

    private LdapSignIn() {}

    static LdapAuthenticationProvider provider(SecurityProperties.Ldap ldap, DirectoryGroups groups) {
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(ldap.url());
        if (ldap.managerDn() != null && !ldap.managerDn().isBlank()) {
            directory.setUserDn(ldap.managerDn());
            directory.setPassword(ldap.managerPassword());
        }
        directory.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(directory);
        bind.setUserDnPatterns(new String[] {ldap.userDnPattern()});
        DefaultLdapAuthoritiesPopulator memberships =
                new DefaultLdapAuthoritiesPopulator(directory, ldap.groupSearchBase());
        memberships.setGroupSearchFilter(ldap.groupSearchFilter());
        // Group names as the directory spells them; DirectoryGroups turns them into roles.
        memberships.setRolePrefix("");
        memberships.setConvertToUpperCase(false);
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(bind, memberships);
        provider.setAuthoritiesMapper(groups);
        return provider;
    }
}
