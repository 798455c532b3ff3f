package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newer release wins for the years it covers and an older one fills the years before, whichever
 * is imported first: the 2022 and 2024 releases' placement-stability files, in separate imports, in
 * both orders.
 */
class ReleaseOrderIT extends PipelineJobTest {

    private static final String OLDER =
            referencePath("legacy/ees-2022-release/la_cla_at_31_march_placement_stability_indicator.csv");
    private static final String NEWER = referencePath("dfe-cla/2024-release/la_cla_placement_stability.csv");
    private static final String CODES = referencePath("la-codes/las.csv");

    /** Per year, the releases of the current figures (councils that the newer release still lists). */
    private static final String RELEASES_BY_YEAR = "SELECT period, string_agg(DISTINCT release, ',' ORDER BY release)"
            + " FROM mart_observation WHERE indicator_id = 'placement-3plus-moves-pct'"
            + " AND area_code NOT IN ('835', '836', '837') GROUP BY period ORDER BY period";

    private static final String FIGURES =
            "SELECT indicator_id, area_code, period, value, status, release" + " FROM mart_observation ORDER BY ALL";

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void theNewerReleaseWinsWhicheverIsImportedFirst() throws Exception {
        Warehouse newerFirst = importInTurn("newer-first", NEWER, OLDER);
        Warehouse olderFirst = importInTurn("older-first", OLDER, NEWER);

        List<String> expected =
                List.of("2018|2022", "2019|2022", "2020|2024", "2021|2024", "2022|2024", "2023|2024", "2024|2024");
        assertThat(query(newerFirst, RELEASES_BY_YEAR)).containsExactlyElementsOf(expected);
        assertThat(query(olderFirst, RELEASES_BY_YEAR)).containsExactlyElementsOf(expected);
        assertThat(query(olderFirst, FIGURES)).containsExactlyElementsOf(query(newerFirst, FIGURES));
        assertThat(query(
                        olderFirst,
                        "SELECT release, value, is_current FROM observation WHERE area_code = '358'"
                                + " AND indicator_id = 'placement-3plus-moves-pct' AND period = 2020 ORDER BY release"))
                .containsExactly("2022|12.0|false", "2024|12.0|true");
    }

    private Warehouse importInTurn(String name, String first, String second) throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve(name));
        assertThat(commands.importFiles(warehouse, List.of(CODES, first)).exitCode())
                .isZero();
        assertThat(commands.importFiles(warehouse, List.of(second)).exitCode()).isZero();
        return warehouse;
    }
}
