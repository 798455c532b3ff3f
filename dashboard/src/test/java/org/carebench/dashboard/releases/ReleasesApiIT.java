package org.carebench.dashboard.releases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/releases} over the warehouse the pipeline imported from DfE's 2024 and 2025 releases. */
class ReleasesApiIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsEachReleaseWithItsFilesDatesAndChangeCounts() throws Exception {
        JsonNode releases = json.readTree(get("/api/v1/releases").body());
        assertThat(names(releases)).contains("2025", "2024");
        JsonNode release2024 = release(releases, "2024");
        assertThat(release2024.get("firstLoaded").asText()).isNotBlank();
        assertThat(release2024.get("reported").asBoolean()).isTrue();
        assertThat(release2024.at("/changes/newPeriods").asInt())
                .as("a first import brings every period as new")
                .isPositive();
        assertThat(release2024.at("/changes/revised").asInt()).isZero();
        assertThat(StreamSupport.stream(release2024.get("files").spliterator(), false)
                        .map(file -> file.get("fileName").asText()))
                .contains("la_cla_placement_stability.csv", "cla_time_series_1994_2024.csv");
    }

    @Test
    void listsTheReleasesAsCsvOneRowPerFile() throws Exception {
        HttpResponse<String> csv = get("/api/v1/releases?format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("releases.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("release,first_loaded,last_loaded,new_periods,revised,withdrawn,neighbours_changed,"
                        + "file_name,layout,rows,loaded_at,sha256,sample");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("2024,") && line.contains(",la_cla_placement_stability.csv,"));
    }

    @Test
    void downloadsOneReleasesChangeReportAsCsv() throws Exception {
        HttpResponse<String> csv = get("/api/v1/releases/2024/changes?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("changes-2024.csv");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .startsWith("kind,indicator,indicator_title,area_code,area_name,period,breakdown,old_value");
        assertThat(csv.body()).contains("new-period,placement-long-term-stability-pct,");
    }

    @Test
    void anUnknownReleaseIsNotFound() throws Exception {
        HttpResponse<String> answer = get("/api/v1/releases/1999/changes");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json.readTree(answer.body()).get("error").asText()).contains("1999");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, TestUser.VIEWER).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode releases) {
        return StreamSupport.stream(releases.spliterator(), false)
                .map(r -> r.get("name").asText())
                .toList();
    }

    private static JsonNode release(JsonNode releases, String name) {
        return StreamSupport.stream(releases.spliterator(), false)
                .filter(r -> r.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
