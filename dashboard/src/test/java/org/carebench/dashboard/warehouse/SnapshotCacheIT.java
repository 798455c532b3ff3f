package org.carebench.dashboard.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
    void notesTheSnapshotEachAnswerWasReadFromForTheResponseToName() throws Exception {
        AnswerSnapshots.clear();
        traffordRate(new AtomicInteger());
        traffordRate(new AtomicInteger());
        assertThat(AnswerSnapshots.current()).containsExactly("snapshot-000001.duckdb");
        AnswerSnapshots.clear();
        fixture.publish("snapshots/snapshot-000002.duckdb", FixtureWarehouse.northWestRows(68, false));
        traffordRate(new AtomicInteger());
        cache.derive(List.of("page"), () -> "rendered");
        assertThat(AnswerSnapshots.current()).containsExactly("snapshot-000002.duckdb");
        AnswerSnapshots.clear();
        assertThat(AnswerSnapshots.current()).isEmpty();
    }

    private double traffordRate(AtomicInteger reads) {
        return cache.get(List.of("trafford"), session -> {
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
