package org.carebench.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.carebench.dashboard.comparison.ComparisonQueries;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.AnswerBlocks;
import org.carebench.dashboard.figures.AnswerQueries;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.LocalFigure;
import org.carebench.dashboard.figures.Rank;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scorecard over a small warehouse that also holds local, unpublished figures. */
class ScorecardServiceIT {

    private Warehouse warehouse;
    private ScorecardService scorecards;
    private ComparisonService comparisons;

    @BeforeEach
    void publishFixture() throws Exception {
        FixtureWarehouse fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("scorecard-"));
        fixture.publish(
                "snapshots/snapshot-000001.duckdb",
                Stream.concat(
                                Stream.of(FixtureWarehouse.northWestRows(67, false)),
                                Stream.of(FixtureWarehouse.localRows()))
                        .toArray(String[]::new));
        warehouse = new Warehouse(new WarehouseProperties(fixture.directory(), "358"));
        scorecards = new ScorecardService(
                warehouse,
                new ScorecardQueries(),
                new FigureQueries(),
                new AnswerQueries(new AnswerBlocks(warehouse)),
                5);
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
    void everyIndicatorRowMatchesTheSingleIndicatorComparison() {
        Scorecard card = scorecards.scorecard("358", 2024, "2025", Average.MEAN);
        assertThat(card.rows())
                .extracting(row -> row.indicator().id())
                .containsExactlyInAnyOrder("cla-rate-per-10k", "repeat-referrals");
        for (ScorecardRow row : card.rows()) {
            assertThat(row.comparison())
                    .isEqualTo(comparisons.compare(row.indicator().id(), "358", 2024, "2025", Average.MEAN));
        }
    }

    @Test
    void localFiguresAreShownApartAndNeverRankedOrAveraged() {
        Scorecard card = scorecards.scorecard("358", 2024, "2025", Average.MEAN);
        ScorecardRow referrals = card.rows().stream()
                .filter(row -> row.indicator().id().equals("repeat-referrals"))
                .findFirst()
                .orElseThrow();
        assertThat(referrals.local()).isEqualTo(new LocalFigure(2024, 1.0, null, "Trafford extract 2024-06-30"));
        assertThat(referrals.comparison().la().value()).isEqualTo(20.0);
        assertThat(referrals.comparison().rank()).isEqualTo(new Rank(2, 4));
        assertThat(referrals.comparison().neighbours().value()).isEqualTo(20.0);
        assertThat(referrals.comparison().neighbours().count()).isEqualTo(3);
        assertThat(card.hasLocalFigures()).isTrue();
        assertThat(card.asOf().localExtracts()).containsExactly("Trafford extract 2024-06-30");
        assertThat(card.asOf().releases()).containsExactly("2024 release");
    }

    @Test
    void defaultPeriodIsTheOneMostIndicatorsHave() {
        Scorecard card = scorecards.scorecard("358", null, "2025", Average.MEAN);
        assertThat(card.period()).isEqualTo(2024);
        assertThat(card.periods()).containsExactly(2023, 2024);
    }
}
