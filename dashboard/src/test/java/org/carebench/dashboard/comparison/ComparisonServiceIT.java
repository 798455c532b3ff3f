package org.carebench.dashboard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebench.dashboard.figures.AnswerBlocks;
import org.carebench.dashboard.figures.AnswerQueries;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.Rank;
import org.carebench.dashboard.figures.SourceFile;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comparison rules over a small warehouse whose figures are chosen for their edge cases. */
class ComparisonServiceIT {

    private Warehouse warehouse;
    private ComparisonService comparisons;

    @BeforeEach
    void publishFixture() throws Exception {
        FixtureWarehouse fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("fixture-"));
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        warehouse = new Warehouse(new WarehouseProperties(fixture.directory(), "358"));
        comparisons = new ComparisonService(
                warehouse,
                new ComparisonQueries(),
                new FigureQueries(),
                new AnswerQueries(new AnswerBlocks(warehouse)));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void neighbourMeanLeavesOutSuppressedNeighboursAndCountsTheRest() {
        Comparison c = comparisons.compare("cla-rate-per-10k", "358", 2024, "2025", Average.MEAN);
        assertThat(c.la()).isEqualTo(new AreaFigure("358", "Trafford", 67.0, null, "2024 release"));
        assertThat(c.england().value()).isEqualTo(70.0);
        assertThat(c.region()).isEqualTo(new AreaFigure("E12000002", "North West", 94.0, null, "2024 release"));
        assertThat(c.neighbours().value()).isEqualTo(74.0);
        assertThat(c.neighbours().count()).isEqualTo(3);
        assertThat(c.neighbours().members()).extracting(AreaFigure::code).containsExactly("351", "350", "352", "356");
        assertThat(c.neighbours().members().get(1))
                .isEqualTo(new AreaFigure("350", "Bolton", null, "c", "2024 release"));
        assertThat(c.rank()).isNull();
        assertThat(c.quartile()).isNull();
    }

    @Test
    void neighbourMedianUsesTheSameNeighbours() {
        Comparison c = comparisons.compare("cla-rate-per-10k", "358", 2024, "2025", Average.MEDIAN);
        assertThat(c.neighbours().average()).isEqualTo("median");
        assertThat(c.neighbours().value()).isEqualTo(62.0);
    }

    @Test
    void rankAndQuartileFollowPolarityAndShareTies() {
        Comparison c = comparisons.compare("repeat-referrals", "358", 2024, "2025", Average.MEAN);
        assertThat(c.rank()).isEqualTo(new Rank(2, 4));
        assertThat(c.quartile()).isEqualTo("B");
    }

    @Test
    void seriesCoversEveryPeriodWithRevisedFiguresLeftOut() {
        assertThat(comparisons.series("cla-rate-per-10k", "358", "2025", Average.MEAN))
                .extracting(c -> c.period() + "=" + c.la().value())
                .containsExactly("2023=63.0", "2024=67.0");
    }

    @Test
    void neighbourWithoutFigureForAPeriodCountsAsMissing() {
        Comparison c = comparisons.compare("cla-rate-per-10k", "358", 2023, "2021", Average.MEAN);
        assertThat(c.neighbours().count()).isZero();
        assertThat(c.neighbours().value()).isNull();
        assertThat(c.neighbours().members()).containsExactly(new AreaFigure("356", "Stockport", null, null, null));
    }

    @Test
    void directionIsJudgedByPolarity() {
        Comparison noJudgement = comparisons.compare("cla-rate-per-10k", "358", 2024, "2025", Average.MEAN);
        assertThat(noJudgement.direction()).isEqualTo(new Direction(2023, 63.0, 4.0, "up", "none", "not tested"));
        assertThat(comparisons
                        .compare("cla-rate-per-10k", "358", 2023, "2025", Average.MEAN)
                        .direction())
                .isNull();
    }

    @Test
    void unknownReferencesAreNamed() {
        assertThatThrownBy(() -> comparisons.compare("no-such", "358", 2024, "2025", Average.MEAN))
                .hasMessage("Unknown indicator: no-such");
        assertThatThrownBy(() -> comparisons.compare("cla-rate-per-10k", "999", 2024, "2025", Average.MEAN))
                .hasMessage("Unknown local authority: 999");
        assertThatThrownBy(() -> comparisons.compare("cla-rate-per-10k", "E12000002", 2024, "2025", Average.MEAN))
                .hasMessage("Unknown local authority: E12000002");
        assertThatThrownBy(() -> comparisons.compare("cla-rate-per-10k", "358", 1999, "2025", Average.MEAN))
                .hasMessage("Unknown period: 1999");
        assertThatThrownBy(() -> comparisons.compare("cla-rate-per-10k", "358", 2024, "2019", Average.MEAN))
                .hasMessage("Unknown neighbour model: 2019");
    }

    @Test
    void pageFlagsSampleDataOnlyWhenASampleFileIsCurrent() throws Exception {
        ComparisonPage published = comparisons.page("cla-rate-per-10k", "358", null, "2025", Average.MEAN);
        assertThat(published.sampleData()).isFalse();
        assertThat(published.asOf().sample()).isFalse();
        FixtureWarehouse fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("sample-"));
        fixture.publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, true));
        Warehouse sampleWarehouse = new Warehouse(new WarehouseProperties(fixture.directory(), "358"));
        ComparisonPage page = new ComparisonService(
                        sampleWarehouse,
                        new ComparisonQueries(),
                        new FigureQueries(),
                        new AnswerQueries(new AnswerBlocks(sampleWarehouse)))
                .page("cla-rate-per-10k", "358", null, "2025", Average.MEAN);
        sampleWarehouse.close();
        assertThat(page.sampleData()).isTrue();
        assertThat(page.asOf().sample()).isTrue();
        assertThat(page.selected().period()).isEqualTo(2024);
        assertThat(page.sources()).containsExactly(new SourceFile("cla_rates.csv", "2024 release", true));
    }
}
