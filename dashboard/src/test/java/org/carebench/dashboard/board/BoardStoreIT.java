package org.carebench.dashboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.carebench.dashboard.appdata.AppDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boards' saved lists and the reports produced, migrated by Flyway, on both supported databases. */
class BoardStoreIT {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keepsEachBoardsListInOrderAndReplacesItWhenSavedAgain(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            BoardStore store = new BoardStore(db);
            assertThat(store.indicators("358")).isEmpty();
            store.save("358", List.of("repeat-referrals", "cla-rate-per-10k"), "j.smith");
            store.save("352", List.of("cla-rate-per-10k"), "j.smith");
            assertThat(store.indicators("358")).containsExactly("repeat-referrals", "cla-rate-per-10k");
            store.save("358", List.of("cla-rate-per-10k"), "a.khan");
            assertThat(store.indicators("358")).containsExactly("cla-rate-per-10k");
            assertThat(store.indicators("352")).containsExactly("cla-rate-per-10k");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void remembersTheSnapshotOfEachAuthoritysLatestReport(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            BoardStore store = new BoardStore(db);
            assertThat(store.lastProduced("358")).isEmpty();
            store.produced("358", "snapshots/one.duckdb");
            store.produced("358", "snapshots/two.duckdb");
            store.produced("352", "snapshots/three.duckdb");
            assertThat(store.lastProduced("358").orElseThrow().snapshot()).isEqualTo("snapshots/two.duckdb");
            assertThat(store.lastProduced("358").orElseThrow().at()).isNotNull();
            // what the pipeline's retention must keep: each authority's latest, not 358's earlier one
            assertThat(store.referredSnapshots()).containsExactly("snapshots/three.duckdb", "snapshots/two.duckdb");
        }
    }
}
