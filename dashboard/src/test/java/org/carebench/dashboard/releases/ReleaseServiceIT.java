package org.carebench.dashboard.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carebench.dashboard.support.PipelineImport;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real releases imported one after the other by the pipeline: the 2017 release's underlying data,
 * then the 2024 release's national time series, which revised England's 2017 count from 72,670 to 72,600.
 */
class ReleaseServiceIT {

    private static Warehouse warehouse;
    private static ReleaseService releases;

    @BeforeAll
    static void importTwoReleases() throws Exception {
        Path directory = ProjectPaths.newTargetDirectory("releases-");
        Path log = directory.resolveSibling(directory.getFileName() + "-import.log");
        assertThat(PipelineImport.run(directory, log, List.of("legacy/SFR50_CLA2017.csv")))
                .isZero();
        assertThat(PipelineImport.run(directory, log, List.of("dfe-cla/2024-release/cla_time_series_1994_2024.csv")))
                .isZero();
        warehouse = new Warehouse(new WarehouseProperties(directory, "358"));
        releases = new ReleaseService(warehouse, new ReleaseQueries());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void listsBothReleasesNewestFirstWithWhatTheNewerOneRevised() {
        List<Release> loaded = releases.releases();
        assertThat(loaded).extracting(Release::name).containsExactly("2024", "2017");
        assertThat(loaded.get(0).changes().revised()).isPositive();
        assertThat(loaded.get(0).files())
                .extracting(ReleaseFile::fileName)
                .containsExactly("cla_time_series_1994_2024.csv");
        assertThat(loaded.get(1).changes().revised()).isZero();
    }

    @Test
    void theChangeReportHoldsTheRevisedFigureWithItsOldAndNewValue() {
        assertThat(releases.changes("2024"))
                .filteredOn(
                        c -> c.kind().equals("revised") && c.indicatorId().equals("cla-count") && c.period() == 2017)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.areaCode()).isEqualTo("E92000001");
                    assertThat(c.oldValue()).isEqualTo(72670.0);
                    assertThat(c.oldRelease()).isEqualTo("2017");
                    assertThat(c.newValue()).isEqualTo(72600.0);
                    assertThat(c.newRelease()).isEqualTo("2024");
                });
    }

    @Test
    void aRevisedFigureKeepsTheValueFirstPublished() {
        assertThat(releases.firstPublished("cla-count", "E92000001"))
                .containsExactly(new FirstPublished(2017, 72670.0, null, "2017", 72600.0, null, "2024"));
        assertThat(releases.firstPublished("cla-count", "358")).isEmpty();
    }
}
