package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void statutoryYearRunsFromAprilToMarch() {
        ReportingPeriod year = ReportingPeriod.endingOn(LocalDate.of(2025, 3, 31));
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.year()).isEqualTo(2025);
        assertThat(year.statutory()).isTrue();
        assertThat(year.populationYear()).isEqualTo(2024);
    }

    @Test
    void rollingTwelveMonthsBelongToTheYearEndingMarchThatTheyEndIn() {
        ReportingPeriod rolling = ReportingPeriod.endingOn(LocalDate.of(2025, 9, 30));
        assertThat(rolling.start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(rolling.year()).isEqualTo(2026);
        assertThat(rolling.statutory()).isFalse();
        assertThat(ReportingPeriod.endingOn(LocalDate.of(2024, 2, 29)).start()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void aPeriodEndsOnAMonthEnd() {
        assertThatThrownBy(() -> ReportingPeriod.endingOn(LocalDate.of(2025, 9, 15)))
                .hasMessageContaining("last day of a month");
    }

    @Test
    void withoutAPeriodTheLastCompleteStatutoryYearIsUsed() {
        assertThat(ReportingPeriod.lastStatutoryYearBy(LocalDate.of(2018, 4, 1)).end())
                .isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(ReportingPeriod.lastStatutoryYearBy(LocalDate.of(2018, 3, 30))
                        .end())
                .isEqualTo(LocalDate.of(2017, 3, 31));
    }
}
