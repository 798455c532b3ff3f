package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.carebench.pipeline.definition.Layout;
import org.junit.jupiter.api.Test;

/** The header rows of DfE's old tables as the real 2015 and 2016 workbooks lay them out. */
class TableColumnsTest {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** The 2015 workbook's LAI4: three years side by side, each with its banded SDQ scores. */
    @Test
    void stopsALabelAtTheNextGroupOfTheRowsAbove() {
        List<List<String>> headers = List.of(
                row("Table LAI4: Emotional and behavioural health", "", "", "", "", "", "", "", ""),
                row("Years: 2013-2015", "", "", "", "", "", "", "", "", "numbers and percentages"),
                row("", "", "2013", "", "", "", "2014", "", ""),
                row(
                        "",
                        "",
                        "Average score per child3",
                        "Banded SDQ Score4",
                        "",
                        "",
                        "Average score per child3",
                        "Banded SDQ Score4",
                        ""),
                row("", "", "", "Normal", "Concern", "", "", "Normal", "Concern"));
        TableColumns columns = new TableColumns(headers, 1, new Layout.Table("Emotional"));

        assertThat(columns.measure(2)).isEqualTo("Average score per child");
        assertThat(columns.period(2)).isEqualTo("2013");
        assertThat(columns.measure(4)).isEqualTo("Banded SDQ Score > Concern");
        assertThat(columns.measure(6)).isEqualTo("Average score per child");
        assertThat(columns.period(6)).isEqualTo("2014");
        // the lone units note over the right edge starts no group: the labels below carry on under it
        assertThat(columns.measure(9)).isEqualTo("numbers and percentages > Banded SDQ Score > Concern");
        assertThat(columns.period(9)).isEqualTo("2014");
    }

    /**
     * The 2015 workbook's LAI3: counts only, each a share of the first column's; a header naming
     * another year (the children's age date) does not move the table's year.
     */
    @Test
    void findsEachColumnsWholeInItsYearAndTakesTheYearFromTheTitle() {
        List<List<String>> headers = List.of(
                row("Table LAI3: Health care and development assessments"),
                row("Years: 2015"),
                row(
                        "",
                        "",
                        "Number of children looked after at 31 March who had been looked after for at least 12 months1",
                        "Number of children who had their annual health assessment4",
                        "Number of children who had been looked after for at least 12 months, and aged 5 or younger"
                                + " at 31 March 2014"));
        TableColumns columns = new TableColumns(
                headers,
                1,
                new Layout.Table(
                        "Health care", "Number of children looked after at 31 March who had been looked after*"));

        assertThat(columns.period(3)).isEqualTo("2015");
        assertThat(columns.wholeColumn(3)).isEqualTo(2);
        assertThat(columns.period(4)).isEqualTo("2014");
        assertThat(columns.wholeColumn(4)).isEqualTo(-1);
        assertThat(new TableColumns(headers, 1, new Layout.Table("Health care")).wholeColumn(3))
                .isEqualTo(-1);
    }
}
