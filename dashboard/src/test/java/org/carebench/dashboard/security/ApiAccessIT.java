package org.carebench.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API through the real filter chain: who gets 401 and 403 (with JSON bodies), what a viewer
 * does not see, the lock after repeated failures, and the security headers.
 */
class ApiAccessIT extends PipelineWarehouseApplicationTest {

    private static final String SCORECARD = "/api/v1/scorecard?la=358&period=2024";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    AuditLog audit;

    @Test
    void anonymousCallersGet401WithJsonWhilePublicNationalIsOff() throws Exception {
        for (String path : new String[] {SCORECARD, "/api/v1/indicators", "/api/v1/audit"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url(path))));
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Carebench\"");
            assertThat(json.readTree(response.body()).get("error").asText()).startsWith("Sign-in required");
            assertThat(response.headers().firstValue("Set-Cookie"))
                    .as("no session for API callers")
                    .isEmpty();
        }
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(url(SCORECARD)))
                .header("Authorization", TestUser.basic(TestUser.VIEWER.username(), "not-the-password")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).get("error").asText()).startsWith("Wrong user name or password");
    }

    @Test
    void auditLogIsForAdminsOnly() throws Exception {
        for (TestUser user : new TestUser[] {TestUser.VIEWER, TestUser.ANALYST}) {
            HttpResponse<String> response = send(request("/api/v1/audit", user));
            assertThat(response.statusCode()).as(user.name()).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("error").asText())
                    .isEqualTo("Your role does not allow /api/v1/audit");
        }
        assertThat(send(request("/api/v1/audit", TestUser.ADMIN)).statusCode()).isEqualTo(200);
    }

    @Test
    void viewersGetNoTraceOfLocalFiguresAnalystsDo() throws Exception {
        JsonNode viewer = ok(send(request(SCORECARD, TestUser.VIEWER)));
        JsonNode analyst = ok(send(request(SCORECARD, TestUser.ANALYST)));
        assertThat(viewer.at("/asOf/localExtracts").isNull()).isTrue();
        assertThat(analyst.at("/asOf/localExtracts").isArray()).isTrue();
        assertThat(viewer.get("rows"))
                .allSatisfy(row -> assertThat(row.get("local").isNull()).isTrue());
        assertThat(viewer.at("/rows/0/comparison")).isEqualTo(analyst.at("/rows/0/comparison"));
    }

    @Test
    void locksANameAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        String name = "lock-test";
        String password = "lock-test-password";
        if (users.find(name).isEmpty()) {
            users.add(name, "Lock test", Role.VIEWER, password);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(send(basic(name, "wrong-" + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = send(basic(name, password));
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(json.readTree(locked.body()).get("error").asText()).startsWith("Too many failed sign-ins");
        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(name);
            assertThat(entry.action()).isEqualTo("sign-in-refused");
        });
        assertThat(audit.recent(50))
                .filteredOn(
                        entry -> entry.username().equals(name) && entry.action().equals("sign-in-failed"))
                .hasSize(5);
    }

    @Test
    void pagesAndApiCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/login"))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> api = send(request("/api/v1/areas", TestUser.VIEWER));
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aPageAskedForWithoutSignInLeadsToTheSignInPage() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/users"))));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpRequest.Builder basic(String name, String password) {
        return HttpRequest.newBuilder(URI.create(url("/api/v1/indicators")))
                .header("Authorization", TestUser.basic(name, password));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
