package org.carebench.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.carebench.dashboard.appdata.EmbeddedAppDatabase;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board report exported from the command line, as a data team's schedule runs it, over a warehouse
 * that gains a second snapshot (a revised figure and a new year) and is then rolled back: the report
 * follows the board's saved list, says what changed since the last one, and keeps its commentary,
 * which lives in the application database and not in any snapshot.
 */
class BoardReportSinceLastReportIT {

    private static final String TRAFFORD_2025 = "INSERT INTO observation (indicator_id, area_code, period, value,"
            + " status, source, release, source_file_id, is_current) VALUES"
            + " ('cla-rate-per-10k', '358', 2025, 72, NULL, 'national', '2025 release', 1, true)";

    private FixtureWarehouse warehouse;
    private HikariDataSource appDatabase;
    private Path out;

    @BeforeEach
    void firstSnapshotWithCommentaryAndABoardList() throws Exception {
        warehouse = new FixtureWarehouse(ProjectPaths.newTargetDirectory("board-changes-"));
        warehouse.publish("snapshots/one.duckdb", FixtureWarehouse.northWestRows(65, false));
        out = ProjectPaths.newTargetDirectory("board-changes-out-");
        appDatabase = new HikariDataSource();
        appDatabase.setJdbcUrl(EmbeddedAppDatabase.url(warehouse.directory()));
        Flyway.configure()
                .dataSource(appDatabase)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        JdbcTemplate sql = new JdbcTemplate(appDatabase);
        // As the indicator page and the Board report page would have saved them.
        sql.update("INSERT INTO commentary (la_code, indicator_id, period, body, audience, author) VALUES"
                + " ('358', 'cla-rate-per-10k', 2024, 'Sibling group of five entered care in March', 'internal',"
                + " 'j.smith'), ('358', 'cla-rate-per-10k', 2024, 'Below the region', 'public', 'j.smith')");
        sql.update("INSERT INTO board_indicator (la_code, indicator_id, position, saved_by) VALUES"
                + " ('358', 'cla-rate-per-10k', 0, 'j.smith')");
    }

    @AfterEach
    void closeAppDatabase() {
        appDatabase.close();
    }

    @Test
    void listsTheRevisedFigureAndTheNewYearSinceTheLastReportAndKeepsCommentaryThroughARollback() throws Exception {
        String first = export("first.docx", "internal");
        assertThat(first)
                .contains("First report: nothing to compare.")
                .contains("Children looked after per 10,000 children")
                .doesNotContain("Re-referrals within 12 months")
                .contains("j.smith (internal): Sibling group of five entered care in March")
                .contains("j.smith: Below the region");
        assertThat(pinned()).containsExactly("snapshots/one.duckdb");

        warehouse.publish(
                "snapshots/two.duckdb",
                Stream.concat(Stream.of(FixtureWarehouse.northWestRows(66, false)), Stream.of(TRAFFORD_2025))
                        .toArray(String[]::new));
        String second = export("second.docx", "internal");
        assertThat(second)
                .contains("New and revised figures since the last report")
                .contains("from snapshot snapshots/one.duckdb")
                .contains("Children looked after per 10,000 children, 2024: revised from 65 to 66")
                .contains("Children looked after per 10,000 children: new figure for 2025: 72")
                .contains("Sibling group of five entered care in March");
        // the pipeline's retention keeps the snapshot the next report compares with, and only that
        assertThat(pinned()).containsExactly("snapshots/two.duckdb");

        // The pipeline's rollback points `current` back at the earlier snapshot, which it keeps.
        Files.writeString(warehouse.directory().resolve("current"), "snapshots/one.duckdb\n", StandardCharsets.UTF_8);
        String afterRollback = export("rolled-back.docx", "public");
        assertThat(afterRollback)
                .contains("Children looked after per 10,000 children, 2024: revised from 66 to 65")
                .contains("j.smith: Below the region")
                .doesNotContain("Sibling group of five");
        assertThat(export("again.docx", "public")).contains("No new or revised figures since the last report");
    }

    /** The snapshots the pins file names, as the pipeline's retention reads it. */
    private List<String> pinned() throws Exception {
        return Files.readAllLines(warehouse.directory().resolve("pinned-snapshots.txt")).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
    }

    private String export(String name, String audience) throws Exception {
        Path file = out.resolve(name);
        int exit = ExportCommand.run(new String[] {
            "board-report",
            "--warehouse",
            warehouse.directory().toString(),
            "--la",
            "358",
            "--period",
            "2024",
            "--out",
            file.toString(),
            "--audience",
            audience
        });
        assertThat(exit).isEqualTo(ExportCommand.DONE);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
