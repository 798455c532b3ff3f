package org.carebench.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonMathsTest {

    @Test
    void meanIsOverTheValuesGiven() {
        assertThat(ComparisonMaths.average(List.of(62.0, 110.0, 50.0), Average.MEAN))
                .isEqualTo(74.0);
    }

    @Test
    void medianOfEvenCountIsMidpointOfMiddleTwo() {
        assertThat(ComparisonMaths.average(List.of(4.0, 1.0, 3.0, 2.0), Average.MEDIAN))
                .isEqualTo(2.5);
    }

    @Test
    void medianOfOddCountIsMiddleValue() {
        assertThat(ComparisonMaths.average(List.of(9.0, 1.0, 5.0), Average.MEDIAN))
                .isEqualTo(5.0);
    }

    @Test
    void averageOfNoValuesIsNull() {
        assertThat(ComparisonMaths.average(List.of(), Average.MEAN)).isNull();
        assertThat(ComparisonMaths.average(List.of(), Average.MEDIAN)).isNull();
    }

    @Test
    void higherIsBetterRanksLargestFirst() {
        assertThat(ComparisonMaths.rank(30.0, List.of(10.0, 20.0, 30.0), Polarity.HIGHER))
                .isEqualTo(new Rank(1, 3));
        assertThat(ComparisonMaths.rank(10.0, List.of(10.0, 20.0, 30.0), Polarity.HIGHER))
                .isEqualTo(new Rank(3, 3));
    }

    @Test
    void lowerIsBetterRanksSmallestFirst() {
        assertThat(ComparisonMaths.rank(10.0, List.of(10.0, 20.0, 30.0), Polarity.LOWER))
                .isEqualTo(new Rank(1, 3));
    }

    @Test
    void tiesShareTheLowestRankAndTheNextRankIsSkipped() {
        List<Double> values = List.of(50.0, 40.0, 40.0, 30.0);
        assertThat(ComparisonMaths.rank(40.0, values, Polarity.HIGHER)).isEqualTo(new Rank(2, 4));
        assertThat(ComparisonMaths.rank(30.0, values, Polarity.HIGHER)).isEqualTo(new Rank(4, 4));
    }

    @Test
    void noJudgementMeansNoRankAndNoQuartile() {
        assertThat(ComparisonMaths.rank(40.0, List.of(40.0, 50.0), Polarity.NONE))
                .isNull();
        assertThat(ComparisonMaths.quartile(40.0, List.of(40.0, 50.0), Polarity.NONE))
                .isNull();
    }

    @Test
    void suppressedValueHasNoRankAndNoQuartile() {
        assertThat(ComparisonMaths.rank(null, List.of(40.0), Polarity.HIGHER)).isNull();
        assertThat(ComparisonMaths.quartile(null, List.of(40.0), Polarity.HIGHER))
                .isNull();
    }

    @Test
    void quantileInterpolatesLinearlyLikeNumpyDefault() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // numpy.quantile([1..10], [0.25, 0.5, 0.75]) = [3.25, 5.5, 7.75]
        assertThat(ComparisonMaths.quantile(sorted, 0.25)).isCloseTo(3.25, within(1e-9));
        assertThat(ComparisonMaths.quantile(sorted, 0.5)).isCloseTo(5.5, within(1e-9));
        assertThat(ComparisonMaths.quantile(sorted, 0.75)).isCloseTo(7.75, within(1e-9));
    }

    @Test
    void quartileBandsFollowPolarity() {
        List<Double> values = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(ComparisonMaths.quartile(10.0, values, Polarity.HIGHER)).isEqualTo("A");
        assertThat(ComparisonMaths.quartile(6.0, values, Polarity.HIGHER)).isEqualTo("B");
        assertThat(ComparisonMaths.quartile(4.0, values, Polarity.HIGHER)).isEqualTo("C");
        assertThat(ComparisonMaths.quartile(1.0, values, Polarity.HIGHER)).isEqualTo("D");
        assertThat(ComparisonMaths.quartile(1.0, values, Polarity.LOWER)).isEqualTo("A");
        assertThat(ComparisonMaths.quartile(10.0, values, Polarity.LOWER)).isEqualTo("D");
    }

    @Test
    void valueOnABandEdgeGoesToTheBetterBand() {
        List<Double> values = List.of(10.0, 20.0, 20.0, 30.0); // edges 17.5, 20, 22.5
        assertThat(ComparisonMaths.quartile(20.0, values, Polarity.LOWER)).isEqualTo("B");
        assertThat(ComparisonMaths.quartile(20.0, values, Polarity.HIGHER)).isEqualTo("B");
        List<Double> five = List.of(10.0, 20.0, 22.5, 30.0, 40.0); // edges 20, 22.5, 30
        assertThat(ComparisonMaths.quartile(30.0, five, Polarity.HIGHER)).isEqualTo("A");
        assertThat(ComparisonMaths.quartile(22.5, five, Polarity.HIGHER)).isEqualTo("B");
        assertThat(ComparisonMaths.quartile(20.0, five, Polarity.LOWER)).isEqualTo("A");
    }

    @Test
    void singleValueIsInTheBestBandAndRanksFirst() {
        assertThat(ComparisonMaths.quartile(5.0, List.of(5.0), Polarity.HIGHER)).isEqualTo("A");
        assertThat(ComparisonMaths.rank(5.0, List.of(5.0), Polarity.LOWER)).isEqualTo(new Rank(1, 1));
    }
}
