package org.carebench.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    private static final Indicator COUNT =
            new Indicator("cla-count", "Children looked after", "theme", "count", Polarity.NONE, null, null, null);
    private static final Indicator PERCENT =
            new Indicator("missing-pct", "Missing", "theme", "percent", Polarity.NONE, null, null, null);

    @Test
    void withholdsSmallLocalCountsFromAPublicAudience() {
        LocalFigure three = new LocalFigure(2025, 3.0, null, "local extract 2025-03-31");
        assertThat(SmallNumbers.forPublic(three, COUNT, 5))
                .isEqualTo(new LocalFigure(2025, null, "fewer than 5", "local extract 2025-03-31"));
    }

    @Test
    void showsZeroCountsAtOrAboveTheThresholdAndPercentages() {
        LocalFigure zero = new LocalFigure(2025, 0.0, null, "e");
        LocalFigure five = new LocalFigure(2025, 5.0, null, "e");
        LocalFigure smallShare = new LocalFigure(2025, 2.0, null, "e");
        assertThat(SmallNumbers.forPublic(zero, COUNT, 5)).isEqualTo(zero);
        assertThat(SmallNumbers.forPublic(five, COUNT, 5)).isEqualTo(five);
        assertThat(SmallNumbers.forPublic(smallShare, PERCENT, 5)).isEqualTo(smallShare);
        assertThat(SmallNumbers.forPublic(null, COUNT, 5)).isNull();
    }
}
