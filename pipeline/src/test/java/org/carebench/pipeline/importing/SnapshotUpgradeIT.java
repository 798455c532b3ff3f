package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.reference;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A council that upgrades Carebench keeps its warehouse: the next import publishes the current
 * snapshot with this build's tables, even when every file it is given is already loaded.
 */
class SnapshotUpgradeIT extends PipelineJobTest {

    static final Path NUMBERS = reference("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv");
    static final Path CODES = reference("la-codes/las.csv");
    static final Path NEIGHBOURS = reference("statistical-neighbours/sn_model_2025_wide.csv");

    static final String TRAFFORD_ANSWERS = "SELECT period || ' ' || la_value || ' ' || coalesce(rank, 0) FROM answer"
            + " WHERE indicator_id = 'cla-rate-per-10k' AND la_code = '358' ORDER BY ALL";

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void publishesASnapshotWrittenBeforeTheAnswersTableWithItsAnswers() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(run(warehouse).exitCode()).isZero();
        Path before = warehouse.currentSnapshot().orElseThrow();
        List<String> answers = query(warehouse, TRAFFORD_ANSWERS);
        assertThat(answers).isNotEmpty();
        writtenBeforeTheAnswers(before);

        ImportOutcome again = run(warehouse);

        assertThat(again.exitCode()).as(again.summary()).isZero();
        Path after = warehouse.currentSnapshot().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(query(warehouse, "SELECT max(version) FROM schema_version")).containsExactly("11");
        assertThat(query(warehouse, TRAFFORD_ANSWERS)).isEqualTo(answers);
    }

    @Test
    void publishesNothingWhenTheSnapshotIsCurrentAndNothingIsNew() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(run(warehouse).exitCode()).isZero();
        Path before = warehouse.currentSnapshot().orElseThrow();

        assertThat(run(warehouse).summary()).contains("nothing new to publish");
        assertThat(warehouse.currentSnapshot()).contains(before);
    }

    /** The snapshot as the build before the answers (schema version 10) left it. */
    private static void writtenBeforeTheAnswers(Path snapshot) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + snapshot);
                Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "DROP TABLE answer",
                    "DROP MACRO TABLE answers_as_of",
                    "DROP MACRO TABLE figures_as_of",
                    "DROP MACRO verdict",
                    "DROP MACRO wanted",
                    "DROP TABLE poisson_exact_limit",
                    "DROP TABLE indicator_significance",
                    "DELETE FROM schema_version WHERE version >= 11")) {
                statement.execute(sql);
            }
        }
    }

    private ImportOutcome run(Warehouse warehouse) throws Exception {
        return commands.importFiles(warehouse, List.of(NUMBERS.toString(), CODES.toString(), NEIGHBOURS.toString()));
    }
}
