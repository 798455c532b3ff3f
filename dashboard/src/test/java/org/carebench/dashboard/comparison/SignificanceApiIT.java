package org.carebench.dashboard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** Intervals, verdicts and figures as published in a release, over DfE's files as the pipeline imported them. */
class SignificanceApiIT extends PipelineWarehouseApplicationTest {

    private static final String TRAFFORD = "&la=358&period=2024";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void givesARateItsByarIntervalFromTheCountAndTheYearBeforesPopulation() throws Exception {
        JsonNode s =
                body("/api/v1/comparison?indicator=cla-rate-per-10k" + TRAFFORD).get("significance");
        assertThat(s.at("/interval/method").asText()).isEqualTo("byar");
        assertThat(s.at("/interval/confidence").asInt()).isEqualTo(95);
        assertThat(s.at("/interval/numerator").asDouble()).isEqualTo(377.0);
        assertThat(s.at("/interval/lower").asDouble()).isCloseTo(60.40, within(0.01));
        assertThat(s.at("/interval/upper").asDouble()).isCloseTo(74.10, within(0.01));
        // England's 70 lies inside Trafford's interval: no judgement, however the figures differ.
        assertThat(s.at("/england/verdict").asText()).isEqualTo("similar");
        assertThat(s.at("/england/sentence").asText())
                .isEqualTo("similar to England: the difference is within what chance alone would give for an"
                        + " authority of this size");
    }

    @Test
    void judgesAProportionBetterOnlyWhereTheDifferenceIsBeyondChance() throws Exception {
        JsonNode body = body("/api/v1/comparison?indicator=placement-3plus-moves-pct" + TRAFFORD);
        assertThat(body.at("/significance/interval/method").asText()).isEqualTo("wilson");
        assertThat(body.at("/significance/england/verdict").asText()).isEqualTo("better");
        assertThat(body.at("/direction/judgement").asText()).isEqualTo("better");
        assertThat(body.at("/direction/verdict").asText()).isEqualTo("similar");
    }

    @Test
    void givesEachNeighbourItsOwnInterval() throws Exception {
        JsonNode neighbours =
                body("/api/v1/comparison?indicator=cla-rate-per-10k" + TRAFFORD).get("neighbours");
        assertThat(neighbours.get("intervals")).hasSameSizeAs(neighbours.get("members"));
        for (int i = 0; i < neighbours.get("members").size(); i++) {
            JsonNode member = neighbours.get("members").get(i);
            JsonNode interval = neighbours.get("intervals").get(i);
            if (member.get("value").isNumber()) {
                assertThat(interval.get("method").asText())
                        .as(member.get("name").asText())
                        .isEqualTo("byar");
                assertThat(interval.get("lower").asDouble())
                        .isLessThan(member.get("value").asDouble());
                assertThat(interval.get("upper").asDouble())
                        .isGreaterThan(member.get("value").asDouble());
            }
        }
    }

    @Test
    void saysNotTestedWhereTheIndicatorHasNoDenominator() throws Exception {
        JsonNode s = body("/api/v1/comparison?indicator=placement-long-term-stability-pct" + TRAFFORD)
                .get("significance");
        assertThat(s.get("interval").isNull()).isTrue();
        assertThat(s.at("/england/verdict").asText()).isEqualTo("not tested");
        assertThat(s.at("/england/sentence").asText()).startsWith("not tested against England");
    }

    @Test
    void givesTheFiguresAsPublishedInARelease() throws Exception {
        String careLeavers = "/api/v1/series?indicator=care-leavers-19-21-eet-pct&la=358";
        assertThat(get(careLeavers).statusCode()).isEqualTo(200);
        HttpResponse<String> before = get(careLeavers + "&release=2024");
        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(before.body()).contains("in release 2024");
        JsonNode asOf2024 = body("/api/v1/comparison?indicator=cla-rate-per-10k" + TRAFFORD + "&release=2024");
        assertThat(asOf2024.at("/la/value").asDouble()).isEqualTo(67.0);
        assertThat(asOf2024.at("/la/release").asText()).isEqualTo("2024");
        JsonNode scorecard = body("/api/v1/scorecard?la=358&period=2024&release=2024");
        assertThat(scorecard.get("rows").size()).isPositive();
        scorecard
                .get("rows")
                .forEach(row -> assertThat(row.at("/comparison/la/release").asText("2024"))
                        .isLessThanOrEqualTo("2024"));
    }

    @Test
    void refusesAnUnknownReleaseNamingThoseLoaded() throws Exception {
        for (String path : new String[] {
            "/api/v1/comparison?indicator=cla-rate-per-10k" + TRAFFORD,
            "/api/v1/series?indicator=cla-rate-per-10k&la=358",
            "/api/v1/comparison/series?indicator=cla-rate-per-10k&la=358",
            "/api/v1/scorecard?la=358&period=2024"
        }) {
            HttpResponse<String> response = get(path + "&release=1999");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText())
                    .startsWith("Unknown release 1999: the releases loaded are ")
                    .contains("2024, 2025");
        }
    }

    private JsonNode body(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofString());
    }
}
