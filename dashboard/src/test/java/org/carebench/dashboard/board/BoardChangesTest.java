package org.carebench.dashboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparing an authority's figures in two snapshots: new years and revisions of followed indicators. */
class BoardChangesTest {

    private static final FigureChange.Key RATE_2024 = new FigureChange.Key("cla-rate-per-10k", 2024);
    private static final FigureChange.Key RATE_2025 = new FigureChange.Key("cla-rate-per-10k", 2025);
    private static final FigureChange.Key MOVES_2024 = new FigureChange.Key("placement-3plus-moves-pct", 2024);

    @Test
    void findsANewYearARevisedValueAndAFigureNowWithheldButOnlyForFollowedIndicators() {
        Map<FigureChange.Key, FigureChange.Value> before = new LinkedHashMap<>();
        before.put(RATE_2024, value(65.0));
        before.put(MOVES_2024, value(10.0));
        Map<FigureChange.Key, FigureChange.Value> after = new LinkedHashMap<>();
        after.put(RATE_2024, value(66.0));
        after.put(RATE_2025, value(72.0));
        after.put(MOVES_2024, new FigureChange.Value(null, "c"));

        List<FigureChange> followed = BoardService.compare(before, after, List.of("cla-rate-per-10k"));
        assertThat(followed)
                .containsExactly(
                        new FigureChange("cla-rate-per-10k", 2024, value(65.0), value(66.0)),
                        new FigureChange("cla-rate-per-10k", 2025, null, value(72.0)));
        assertThat(followed.get(1).newPeriod()).isTrue();
        assertThat(BoardService.compare(before, after, List.of("placement-3plus-moves-pct")))
                .containsExactly(new FigureChange(
                        "placement-3plus-moves-pct", 2024, value(10.0), new FigureChange.Value(null, "c")));
    }

    @Test
    void sameFiguresInBothSnapshotsAreNoChange() {
        Map<FigureChange.Key, FigureChange.Value> figures = Map.of(RATE_2024, value(65.0));
        assertThat(BoardService.compare(figures, Map.copyOf(figures), List.of("cla-rate-per-10k")))
                .isEmpty();
    }

    private static FigureChange.Value value(Double value) {
        return new FigureChange.Value(value, null);
    }
}
