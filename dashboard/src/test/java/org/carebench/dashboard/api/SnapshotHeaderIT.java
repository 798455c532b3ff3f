package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebench.dashboard.support.PipelineWarehouse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** Every API answer read from the warehouse names its snapshot, fresh or cached. */
class SnapshotHeaderIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void namesTheSnapshotThePointerNames() throws Exception {
        String current = Path.of(Files.readString(PipelineWarehouse.directory().resolve("current"))
                        .strip())
                .getFileName()
                .toString();
        for (String path : new String[] {
            "/api/v1/scorecard?la=358&period=2023",
            "/api/v1/scorecard?la=358&period=2023",
            "/api/v1/areas",
            "/api/v1/comparison?indicator=cla-rate-per-10k&la=358&period=2024&format=csv"
        }) {
            HttpResponse<String> response =
                    http.send(request(path, TestUser.VIEWER).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue(SnapshotHeader.NAME))
                    .as(path)
                    .hasValue(current);
        }
        HttpResponse<String> unknown = http.send(
                request("/api/v1/scorecard?la=999", TestUser.VIEWER).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(http.send(request("/api/v1/audit", TestUser.ADMIN).build(), HttpResponse.BodyHandlers.ofString())
                        .headers()
                        .firstValue(SnapshotHeader.NAME))
                .as("the audit log is not read from a snapshot")
                .isEmpty();
    }
}
