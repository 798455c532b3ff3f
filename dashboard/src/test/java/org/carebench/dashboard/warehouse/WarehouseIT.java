package org.carebench.dashboard.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WarehouseIT {

    private static final String TRAFFORD_2024 = "SELECT value FROM mart_observation "
            + "WHERE area_code = '358' AND period = 2024 AND indicator_id = :indicator";

    private FixtureWarehouse fixture;
    private Warehouse warehouse;

    @BeforeEach
    void emptyWarehouse() throws Exception {
        fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("switch-"));
        warehouse = new Warehouse(new WarehouseProperties(fixture.directory(), "358"));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void saysPlainlyWhenNothingHasBeenPublished() {
        assertThatThrownBy(warehouse::open)
                .isInstanceOf(WarehouseUnavailableException.class)
                .hasMessageContaining("No warehouse snapshot has been published yet");
    }

    @Test
    void saysHowToUpgradeASnapshotWrittenBeforeTheAnswers() throws Exception {
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        Path snapshot = fixture.directory().resolve("snapshots/snapshot-000001.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + snapshot);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE answer");
        }
        assertThatThrownBy(warehouse::open)
                .isInstanceOf(WarehouseUnavailableException.class)
                .hasMessageContaining("was written by an earlier Carebench and has no answers table")
                .hasMessageContaining("run the pipeline's import once");
    }

    @Test
    void switchesToANewerSnapshotOnTheNextRequest() throws Exception {
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        assertThat(traffordRate()).isEqualTo(67.0);
        fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
        assertThat(traffordRate()).isEqualTo(68.0);
    }

    @Test
    void aRequestInFlightKeepsReadingItsSnapshotAfterASwitch() throws Exception {
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        try (WarehouseSession before = warehouse.open()) {
            fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
            assertThat(traffordRate()).isEqualTo(68.0);
            assertThat(before.jdbc()
                            .queryForObject(TRAFFORD_2024, Map.of("indicator", "cla-rate-per-10k"), Double.class))
                    .isEqualTo(67.0);
        }
    }

    @Test
    void opensSnapshotsReadOnly() throws Exception {
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        try (WarehouseSession session = warehouse.open()) {
            assertThatThrownBy(() -> session.jdbc().update("DELETE FROM observation", Map.of()))
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aPointerToAMissingFileIsUnavailableNotACrash() throws Exception {
        Files.writeString(fixture.directory().resolve("current"), "snapshots/gone.duckdb\n");
        assertThatThrownBy(warehouse::open)
                .isInstanceOf(WarehouseUnavailableException.class)
                .hasMessageContaining("missing");
    }

    private double traffordRate() {
        try (WarehouseSession session = warehouse.open()) {
            return session.jdbc().queryForObject(TRAFFORD_2024, Map.of("indicator", "cla-rate-per-10k"), Double.class);
        }
    }
}
