package org.carebench.dashboard.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotCacheIT {

    private FixtureWarehouse fixture;
    private Warehouse warehouse;
    private SnapshotCache cache;

    @BeforeEach
    void publishedSnapshot() throws Exception {
        fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("cache-"));
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        warehouse = new Warehouse(new WarehouseProperties(fixture.directory(), "358"));
        cache = new SnapshotCache(warehouse, 2);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void readsAnAnswerOncePerSnapshotThenAgainAfterANewOneIsPublished() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        assertThat(traffordRate(reads)).isEqualTo(67.0);
        assertThat(traffordRate(reads)).isEqualTo(67.0);
        assertThat(reads).hasValue(1);
        fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
        assertThat(traffordRate(reads)).isEqualTo(68.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void derivedAnswersFollowTheSnapshotTooAndTheLeastRecentlyUsedGoFirst() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        cache.derive(List.of("a"), renders::incrementAndGet);
        cache.derive(List.of("a"), renders::incrementAndGet);
        assertThat(renders).hasValue(1);
        cache.derive(List.of("b"), renders::incrementAndGet);
        cache.derive(List.of("a"), renders::incrementAndGet);
        cache.derive(List.of("c"), renders::incrementAndGet);
        cache.derive(List.of("b"), renders::incrementAndGet);
        assertThat(renders).as("b went when c came, as a had been used since").hasValue(4);
        fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
        cache.derive(List.of("b"), renders::incrementAndGet);
        assertThat(renders).hasValue(5);
    }

    @Test
    void everyReadInAPinnedScopeUsesTheSnapshotItsFirstReadFound() throws Exception {
        try (SnapshotPin pin = SnapshotPin.open()) {
            assertThat(traffordRate(new AtomicInteger())).isEqualTo(67.0);
            fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
            assertThat(rate(List.of("trafford, asked afresh"), new AtomicInteger()))
                    .as("a read after the publish, in the same scope")
                    .isEqualTo(67.0);
            assertThat(cache.derive(List.of("page"), () -> "rendered")).isEqualTo("rendered");
            assertThat(SnapshotPin.name()).hasValue("snapshot-000001.duckdb");
        }
        assertThat(SnapshotPin.name()).isEmpty();
        assertThat(traffordRate(new AtomicInteger())).isEqualTo(68.0);
    }

    @Test
    void aScopePinnedBeforeAPublishNeitherKeepsItsAnswersNorEmptiesTheNewerOnes() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (SnapshotPin pin = SnapshotPin.open()) {
            assertThat(traffordRate(reads)).isEqualTo(67.0);
            fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
            assertThat(CompletableFuture.supplyAsync(() -> traffordRate(reads)).get())
                    .as("a newer request")
                    .isEqualTo(68.0);
            assertThat(traffordRate(reads)).isEqualTo(67.0);
            assertThat(reads).hasValue(3);
        }
        assertThat(traffordRate(reads)).isEqualTo(68.0);
        assertThat(reads).as("the newer answer was still kept").hasValue(3);
    }

    private double traffordRate(AtomicInteger reads) {
        return rate(List.of("trafford"), reads);
    }

    private double rate(List<Object> key, AtomicInteger reads) {
        return cache.get(key, session -> {
            reads.incrementAndGet();
            return session.jdbc()
                    .queryForObject(
                            "SELECT value FROM mart_observation WHERE area_code = '358' "
                                    + "AND period = 2024 AND indicator_id = :indicator",
                            Map.of("indicator", "cla-rate-per-10k"),
                            Double.class);
        });
    }
}
