package org.carebench.dashboard.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains: the HTTP API (HTTP Basic or the pages' session, JSON errors) and the pages
 * (Vaadin's sign-in flow). Local figures are never served without sign-in: with
 * {@code carebench.api.public-national=true} anonymous callers may read the national endpoints, and
 * the scorecard leaves its local figures out for them as it does for viewers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    // Vaadin's client needs inline styles and evaluates the scripts the server sends it.
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String[] NATIONAL_ENDPOINTS = {
        "/api/v1/indicators",
        "/api/v1/areas",
        "/api/v1/comparison",
        "/api/v1/series",
        "/api/v1/comparison/series",
        "/api/v1/chart",
        "/api/v1/scorecard",
        "/api/v1/profile"
    };

    private static final org.springframework.security.web.util.matcher.RequestMatcher WRITES_BY_ANALYSTS =
            new org.springframework.security.web.util.matcher.OrRequestMatcher(
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/comments/**"),
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/board-lists/**"),
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/training/**"));

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    /** The pages' sign-in; the API's is built in {@link #api} so that it does not audit every request. */
    @Bean
    @Primary
    AuthenticationManager authenticationManager(SignInProviders providers, LoginAttempts attempts, AuditLog audit) {
        return new SignInGuard(providers.manager(), attempts, audit, true);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            SignInProviders providers,
            LoginAttempts attempts,
            AuditLog audit,
            @Value("${carebench.api.public-national:false}") boolean publicNational)
            throws Exception {
        JsonSecurityResponses json = new JsonSecurityResponses();
        http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(path("/api/v1/audit"), path("/api/v1/snapshots/**"))
                            .hasRole(Role.ADMIN.name());
                    auth.requestMatchers(path("/api/v1/uploads/**")).hasRole(Role.ANALYST.name());
                    // Local validation reports name children: the data team's, as the Local data page is.
                    auth.requestMatchers(path("/api/v1/local-validation")).hasRole(Role.ANALYST.name());
                    // The members list is nothing but names: personal data for analysts only.
                    auth.requestMatchers(path("/api/v1/training/members/**")).hasRole(Role.ANALYST.name());
                    auth.requestMatchers(WRITES_BY_ANALYSTS).hasRole(Role.ANALYST.name());
                    if (publicNational) {
                        for (String endpoint : NATIONAL_ENDPOINTS) {
                            auth.requestMatchers(PathPatternRequestMatcher.withDefaults()
                                            .matcher(HttpMethod.GET, endpoint))
                                    .permitAll();
                        }
                    }
                    auth.anyRequest().hasRole(Role.VIEWER.name());
                })
                // A page's form must carry its CSRF token. Programs need none: a JSON body cannot be sent from
                // another site without a CORS preflight, which this API never grants, and a script's HTTP Basic
                // upload (curl -F) is not a page. A browser resends cached Basic credentials on a forged form,
                // though, so a plain form always needs the token and nothing from another site is exempt.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        SecurityConfiguration::jsonBody, SecurityConfiguration::scriptCall))
                .authenticationManager(new SignInGuard(providers.manager(), attempts, audit, false))
                .httpBasic(basic -> basic.authenticationEntryPoint(json))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(json).accessDeniedHandler(json))
                // Basic callers get no session; a signed-in page's session is still honoured (CSV links).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            SecurityProperties properties,
            RoleHierarchy hierarchy)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(path("/styles/**"), path("/scripts/**"))
                        .permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .frameOptions(frame -> frame.deny()));
        if (oidc.getIfAvailable() != null) {
            OidcGroups roles =
                    new OidcGroups(properties.oidcGroupsClaim(), new DirectoryGroups(properties.groups(), hierarchy));
            http.oauth2Login(login -> login.loginPage("/" + LoginView.ROUTE)
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles)));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static boolean jsonBody(jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    /**
     * A program's HTTP Basic call (curl, a scheduler): exempt, unless it is a plain form, which is what a
     * forged page would send, or the browser itself says it came from another site.
     */
    private static boolean scriptCall(jakarta.servlet.http.HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        String site = request.getHeader("Sec-Fetch-Site");
        return request.getHeader("Authorization") != null
                && (site == null || site.equals("same-origin") || site.equals("none"))
                && !type.startsWith("application/x-www-form-urlencoded")
                && !type.startsWith("text/plain");
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
