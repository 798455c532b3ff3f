package org.carebench.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.carebench.dashboard.support.DirectoryApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the council's directory (LDAP groups to roles), the OpenID Connect redirect, and
 * national figures open to anonymous callers with the local figures left out.
 */
class DirectorySignInIT extends DirectoryApplicationTest {

    private static final String SCORECARD = "/api/v1/scorecard?la=358&period=2024&sn=2025";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void directoryAnalystSeesTheLocalFigureAndDirectoryViewerDoesNot() throws Exception {
        JsonNode analyst = scorecard(request(SCORECARD, "ann", "ann-directory-password"));
        assertThat(row(analyst, "repeat-referrals").at("/local/value").asDouble())
                .isEqualTo(1.0);
        assertThat(analyst.at("/asOf/localExtracts/0").asText()).isEqualTo("Trafford extract 2024-06-30");

        JsonNode viewer = scorecard(request(SCORECARD, "vic", "vic-directory-password"));
        assertThat(row(viewer, "repeat-referrals").get("local").isNull()).isTrue();
        assertThat(row(viewer, "repeat-referrals").at("/comparison/la/value").asDouble())
                .isEqualTo(20.0);
    }

    @Test
    void directoryPersonInNoCarebenchGroupGetsNoRoleAndAWrongPasswordIsRefused() throws Exception {
        // Signed in (403, not 401) but with no role: only what anyone may read, and no local figures.
        assertThat(send(request("/api/v1/audit", "nog", "nog-directory-password"))
                        .statusCode())
                .isEqualTo(403);
        JsonNode card = scorecard(request(SCORECARD, "nog", "nog-directory-password"));
        assertThat(row(card, "repeat-referrals").get("local").isNull()).isTrue();
        assertThat(send(request(SCORECARD, "ann", "not-her-password")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anonymousCallersReadNationalFiguresButNeverLocalOnes() throws Exception {
        JsonNode card = scorecard(HttpRequest.newBuilder(URI.create(url(SCORECARD))));
        assertThat(card.get("rows"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("local").isNull()).isTrue());
        assertThat(card.at("/asOf/localExtracts").isNull()).isTrue();
        assertThat(row(card, "repeat-referrals").at("/comparison/la/value").asDouble())
                .isEqualTo(20.0);
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(url(SCORECARD + "&format=csv"))));
        assertThat(csv.body().lines().skip(1))
                .allSatisfy(line -> assertThat(line).doesNotContain("extract"));
        assertThat(send(HttpRequest.newBuilder(
                                URI.create(url("/api/v1/comparison?indicator=repeat-referrals&la=358&period=2024"))))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/v1/audit"))))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void openIdConnectSignInRedirectsToTheConfiguredProvider() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/council"))));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .startsWith(AUTHORIZE + "?response_type=code&client_id=carebench&scope=openid%20profile&state=")
                        .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/council", "nonce="));
    }

    private JsonNode scorecard(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode row(JsonNode card, String indicator) {
        for (JsonNode row : card.get("rows")) {
            if (row.at("/indicator/id").asText().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("No scorecard row for " + indicator);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
