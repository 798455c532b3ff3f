package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsUnderTheThresholdAreShownAsFewerThanIt() {
        assertThat(SmallNumbers.forPublic(4, 5)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.forPublic(1, 10)).isEqualTo("fewer than 10");
    }

    @Test
    void zeroAndCountsAtTheThresholdAreShown() {
        assertThat(SmallNumbers.forPublic(0, 5)).isEqualTo("0");
        assertThat(SmallNumbers.forPublic(5, 5)).isEqualTo("5");
        assertThat(SmallNumbers.forPublic(1201.0, 5)).isEqualTo("1201");
    }

    @Test
    void storedFiguresAreSuppressedLikeCounts() {
        assertThat(SmallNumbers.forPublic(3.0, 5)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.forPublic((Double) null, 5)).isEmpty();
    }
}
