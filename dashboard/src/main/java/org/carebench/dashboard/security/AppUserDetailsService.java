package org.carebench.dashboard.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Users of the application database, then the bootstrap admin while there are none. Deliberately not
 * a bean: Spring Security would build its own sign-in around a UserDetailsService bean, bypassing
 * {@link SignInGuard}.
 */
class AppUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final BootstrapAdmin bootstrap;

    AppUserDetailsService(UserStore users, BootstrapAdmin bootstrap) {
        this.users = users;
        this.bootstrap = bootstrap;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.find(username);
        if (account.isPresent()) {
            UserAccount a = account.get();
            return User.withUsername(a.username())
                    .password(users.passwordHash(a.username()).orElseThrow())
                    .disabled(!a.enabled())
                    .authorities(a.role().authority())
                    .build();
        }
        UserDetails first = bootstrap.user(username);
        if (first != null) {
            return first;
        }
        throw new UsernameNotFoundException("No user " + username);
    }
}
