package org.carebench.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.carebench.dashboard.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard as a council might configure it: sign-in through its directory (an embedded LDAP
 * server), an OpenID Connect provider, national figures open to anyone, and a warehouse holding the
 * council's own local figures. Subclasses share this one application context.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "carebench.api.public-national=true",
            "spring.ldap.embedded.base-dn=dc=council,dc=example",
            "spring.ldap.embedded.ldif=classpath:council-directory.ldif",
            "spring.security.oauth2.client.registration.council.client-id=carebench",
            "spring.security.oauth2.client.registration.council.client-secret=not-a-secret",
            "spring.security.oauth2.client.registration.council.client-name=Council directory",
            "spring.security.oauth2.client.registration.council.scope=openid,profile",
            "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.council.authorization-uri=" + DirectoryApplicationTest.AUTHORIZE,
            "spring.security.oauth2.client.provider.council.token-uri=https://id.council.example/token",
            "spring.security.oauth2.client.provider.council.jwk-set-uri=https://id.council.example/jwks",
            "spring.security.oauth2.client.provider.council.user-name-attribute=sub"
        })
public abstract class DirectoryApplicationTest {

    public static final String AUTHORIZE = "https://id.council.example/authorize";

    private static Path warehouse;
    private static final int LDAP_PORT = freePort();

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserStore users;

    @DynamicPropertySource
    static void council(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> warehouse().toString());
        registry.add("spring.ldap.embedded.port", () -> LDAP_PORT);
        registry.add("carebench.security.ldap.url", () -> "ldap://localhost:" + LDAP_PORT + "/dc=council,dc=example");
    }

    @BeforeEach
    void addTestUsers() {
        TestUser.ensureAll(users);
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    protected HttpRequest.Builder request(String pathAndQuery, String username, String password) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Authorization", TestUser.basic(username, password));
    }

    /** Trafford's national figures and, from its own extract, a local figure for re-referrals. */
    private static synchronized Path warehouse() {
        if (warehouse == null) {
            try {
                FixtureWarehouse fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("council-"));
                String[] national = FixtureWarehouse.northWestRows(67, false);
                String[] local = FixtureWarehouse.localRows();
                String[] rows = new String[national.length + local.length];
                System.arraycopy(national, 0, rows, 0, national.length);
                System.arraycopy(local, 0, rows, national.length, local.length);
                fixture.publish("snapshots/council.duckdb", rows);
                warehouse = fixture.directory();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot write the council's fixture warehouse", e);
            }
        }
        return warehouse;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
