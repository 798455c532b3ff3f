package org.carebench.dashboard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** The JSON contract over figures the pipeline imported from DfE's 2024 release. */
class ComparisonApiIT extends PipelineWarehouseApplicationTest {

    private static final String TRAFFORD_2024 = "/api/v1/comparison?indicator=cla-rate-per-10k&la=358&period=2024";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void comparesTraffordWithEnglandRegionAndNeighbours() throws Exception {
        HttpResponse<String> response = get(TRAFFORD_2024);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("indicator").asText()).isEqualTo("cla-rate-per-10k");
        assertThat(body.get("period").asInt()).isEqualTo(2024);
        assertThat(body.at("/la/code").asText()).isEqualTo("358");
        assertThat(body.at("/la/name").asText()).isEqualTo("Trafford");
        assertThat(body.at("/la/value").asDouble()).isEqualTo(67.0);
        assertThat(body.at("/la/status").isNull()).isTrue();
        assertThat(body.at("/england/value").asDouble()).isEqualTo(70.0);
        assertThat(body.at("/region/code").asText()).isEqualTo("E12000002");
        assertThat(body.at("/region/name").asText()).isEqualTo("North West");
        assertThat(body.at("/region/value").asDouble()).isEqualTo(94.0);
        assertThat(body.at("/neighbours/model").asText()).isEqualTo("2025");
        assertThat(body.at("/neighbours/average").asText()).isEqualTo("mean");
        assertThat(body.at("/neighbours/value").asDouble()).isEqualTo(58.0);
        assertThat(body.at("/neighbours/count").asInt()).isEqualTo(10);
        assertThat(body.at("/neighbours/members")).hasSize(10);
        assertThat(body.get("rank").isNull()).isTrue();
        assertThat(body.get("quartile").isNull()).isTrue();
    }

    @Test
    void offersTheMedianAndThe2021Model() throws Exception {
        JsonNode body =
                json.readTree(get(TRAFFORD_2024 + "&sn=2021&average=median").body());
        assertThat(body.at("/neighbours/model").asText()).isEqualTo("2021");
        assertThat(body.at("/neighbours/average").asText()).isEqualTo("median");
        assertThat(body.at("/neighbours/members")).hasSize(10);
        assertThat(body.at("/neighbours/value").isNumber()).isTrue();
    }

    @Test
    void namesWhatIsUnknown() throws Exception {
        assertError(
                "/api/v1/comparison?indicator=cla-rate-per-10k&la=999&period=2024",
                404,
                "Unknown local authority: 999");
        assertError(
                "/api/v1/comparison?indicator=no-such-thing&la=358&period=2024",
                404,
                "Unknown indicator: no-such-thing");
        assertError("/api/v1/comparison?indicator=cla-rate-per-10k&la=358&period=1990", 404, "Unknown period: 1990");
        assertError(TRAFFORD_2024 + "&average=mode", 400, "average must be mean or median, not mode");
    }

    @Test
    void seriesCoversEveryYearOfTheRelease() throws Exception {
        JsonNode body = json.readTree(get("/api/v1/comparison/series?indicator=cla-rate-per-10k&la=358")
                .body());
        assertThat(body).hasSize(5);
        assertThat(body.get(0).get("period").asInt()).isEqualTo(2020);
        assertThat(body.get(4).at("/la/value").asDouble()).isEqualTo(67.0);
    }

    private void assertError(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo(message);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofString());
    }
}
