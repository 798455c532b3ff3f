package org.carebench.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** The API over the whole of DfE's 2024 and 2025 reference releases, as the pipeline imports them. */
class ScorecardApiIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void placementMovesForTraffordMatchDfesFigures() throws Exception {
        JsonNode c = getJson("/api/v1/comparison?indicator=placement-3plus-moves-pct&la=358&period=2024");
        assertThat(c.at("/la/value").asDouble()).isEqualTo(5.0);
        assertThat(c.at("/england/value").asDouble()).isEqualTo(10.0);
        assertThat(c.at("/region/name").asText()).isEqualTo("North West");
        assertThat(c.at("/region/value").asDouble()).isEqualTo(9.0);
        assertThat(c.at("/neighbours/model").asText()).isEqualTo("2025");
        assertThat(c.at("/neighbours/count").asInt()).isEqualTo(10);
        assertThat(c.at("/neighbours/value").asDouble()).isCloseTo(10.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.at("/rank/position").asInt()).isEqualTo(2);
        assertThat(c.at("/rank/of").asInt()).isEqualTo(149);
        assertThat(c.get("quartile").asText()).isEqualTo("A");
        assertThat(c.at("/direction/previousPeriod").asInt()).isEqualTo(2023);
        assertThat(c.at("/la/release").asText()).isNotBlank();
    }

    @Test
    void scorecardCarriesEveryIndicatorWithTheSameFiguresAsTheComparison() throws Exception {
        JsonNode card = getJson("/api/v1/scorecard?la=358&period=2024");
        assertThat(card.at("/la/name").asText()).isEqualTo("Trafford");
        assertThat(card.get("rows").size()).isGreaterThan(40);
        JsonNode stability = row(card, "placement-long-term-stability-pct");
        assertThat(stability.at("/comparison/la/value").asDouble()).isEqualTo(76.0);
        assertThat(stability.at("/comparison/england/value").asDouble()).isEqualTo(68.0);
        assertThat(stability.at("/comparison/rank/position").asInt()).isEqualTo(9);
        assertThat(stability.at("/comparison/rank/of").asInt()).isEqualTo(149);
        assertThat(stability.at("/comparison/quartile").asText()).isEqualTo("A");
        assertThat(stability.at("/indicator/polarity").asText()).isEqualTo("higher");
        assertThat(stability.at("/indicator/theme").asText())
                .isEqualTo("What happens to them: placements and stability");
        JsonNode moves = row(card, "placement-3plus-moves-pct");
        assertThat(moves.get("comparison"))
                .isEqualTo(getJson("/api/v1/comparison?indicator=placement-3plus-moves-pct&la=358&period=2024"));
        assertThat(card.at("/asOf/releases").toString()).contains("2024");
        assertThat(row(card, "cla-rate-per-10k").at("/comparison/rank").isNull())
                .isTrue();
    }

    @Test
    void csvOnRequest() throws Exception {
        HttpResponse<String> response = get("/api/v1/scorecard?la=358&period=2024&format=csv");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).startsWith("theme,title,unit,polarity,indicator,period,la_code");
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line).contains("placement-long-term-stability-pct,2024,358,Trafford,76,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",England,12183016,"));
    }

    @Test
    void catalogueAreasAndTrend() throws Exception {
        JsonNode indicators = getJson("/api/v1/indicators");
        assertThat(indicators.findValuesAsText("id")).contains("placement-3plus-moves-pct", "ks2-rwm-expected-pct");
        assertThat(getJson("/api/v1/areas").findValuesAsText("name")).contains("England", "North West", "Trafford");
        JsonNode trend = getJson("/api/v1/series?indicator=cla-count&la=358");
        assertThat(trend.size()).isBetween(1, 10);
        assertThat(trend.get(trend.size() - 1).get("period").asInt()).isEqualTo(2024);
        assertThat(get("/api/v1/scorecard?la=358&format=xml").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/scorecard?la=358&audience=public").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/scorecard?la=358&audience=press").statusCode()).isEqualTo(400);
    }

    private static JsonNode row(JsonNode card, String indicator) {
        for (JsonNode row : card.get("rows")) {
            if (row.at("/indicator/id").asText().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("No scorecard row for " + indicator);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofString());
    }
}
