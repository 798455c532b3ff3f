package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.carebench.pipeline.warehouse.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answers the import computes (V11's SQL) on a small snapshot whose every figure is known: DfE's
 * comparison rules, local figures kept out, figures as published in a release, and the intervals
 * against published worked examples.
 */
class AnswersSqlIT {

    private static Connection connection;

    @BeforeAll
    static void computeAnswers() throws Exception {
        Path file = Files.createTempDirectory("answers-").resolve("snapshot.duckdb");
        connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Schema.migrate(connection);
        try (Statement s = connection.createStatement()) {
            s.execute(
                    "INSERT INTO area (code, level, name, region_code) VALUES ('E92000001', 'national', 'England', NULL),"
                            + " ('R1', 'regional', 'Region', NULL), ('L1', 'la', 'One', 'R1'), ('L2', 'la', 'Two', 'R1'),"
                            + " ('L3', 'la', 'Three', 'R1'), ('L4', 'la', 'Four', 'R1'), ('L5', 'la', 'Five', 'R1')");
            s.execute("INSERT INTO indicator (id, title, theme, unit, polarity) VALUES"
                    + " ('pct', 'P', 'T', 'percent', 'higher'), ('wilson-pct', 'W', 'T', 'percent', 'higher'),"
                    + " ('num', 'N', 'T', 'count', 'none'), ('den', 'D', 'T', 'count', 'none'),"
                    + " ('rate', 'R', 'T', 'rate-per-10k', 'none'), ('events', 'E', 'T', 'count', 'none'),"
                    + " ('pop', 'Pop', 'T', 'count', 'none')");
            s.execute("INSERT INTO neighbour VALUES ('M', 'L1', 1, 'L2', NULL, 1), ('M', 'L1', 2, 'L3', NULL, 1),"
                    + " ('M', 'L1', 3, 'L4', NULL, 1)");
            national(s, "pct", "2024", 2024, "L1", 10, "L2", 20, "L3", 20, "L4", 30, "L5", 40, "E92000001", 25);
            national(s, "pct", "2023", 2023, "L1", 15);
            national(s, "pct", "2024", 2023, "L1", 17); // the 2024 release revised 2023
            s.execute("INSERT INTO observation (indicator_id, area_code, period, value, source, release,"
                    + " source_file_id, is_current) VALUES ('pct', 'L1', 2024, 99, 'local', 'extract', 2, true)");
            // Newcombe (1998), Statistics in Medicine 17:857-872, table I: 81/263, 15/148, 0/20, 1/29.
            national(s, "num", "2024", 2024, "L1", 81, "L2", 15, "L3", 0, "L4", 1);
            national(s, "den", "2024", 2024, "L1", 263, "L2", 148, "L3", 20, "L4", 29);
            national(s, "wilson-pct", "2024", 2024, "L1", 30.8, "L2", 10.1, "L3", 0, "L4", 3.4, "E92000001", 40);
            national(s, "events", "2024", 2024, "L1", 0, "L2", 5, "L3", 9, "L4", 10, "L5", 100);
            national(s, "pop", "2024", 2023, "L1", 1e5, "L2", 1e5, "L3", 1e5, "L4", 1e5, "L5", 1e5);
            national(s, "rate", "2024", 2024, "L1", 0, "L2", 0.5, "L3", 0.9, "L4", 1, "L5", 10, "E92000001", 1);
            s.execute(
                    "INSERT INTO indicator_significance VALUES"
                            + " ('wilson-pct', 'proportion', 'num', 'den', 0, 100), ('rate', 'rate', 'events', 'pop', 1, 10000)");
        }
        Answers.recompute(connection);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void ranksBestFirstWithTiesSharingTheBestPlaceAndBandsByInterpolatedQuartiles() throws Exception {
        assertThat(rows("SELECT la_code, rank, rank_of, quartile FROM answer WHERE indicator_id = 'pct'"
                        + " AND period = 2024 AND average = 'mean' ORDER BY la_code"))
                .containsExactly("L1|5|5|D", "L2|3|5|B", "L3|3|5|B", "L4|2|5|A", "L5|1|5|A");
    }

    @Test
    void neverCountsLocalFiguresInValuesRanksOrAverages() throws Exception {
        assertThat(rows("SELECT la_value, average, neighbour_value, neighbour_count FROM answer"
                        + " WHERE indicator_id = 'pct' AND la_code = 'L1' AND period = 2024 ORDER BY average"))
                .containsExactly("10.0|mean|23.333333333|3", "10.0|median|20.0|3");
    }

    @Test
    void judgesTheChangeSinceLastYearByPolarityFromTheRevisedFigure() throws Exception {
        assertThat(rows("SELECT previous_period, previous_value, change, movement, judgement, change_verdict"
                        + " FROM answer WHERE indicator_id = 'pct' AND la_code = 'L1' AND period = 2024"
                        + " AND average = 'mean'"))
                .containsExactly("2023|17.0|-7.0|down|worse|not tested");
    }

    @Test
    void givesTheFiguresAsPublishedInARelease() throws Exception {
        assertThat(rows("SELECT period, la_value, la_release FROM answers_as_of('2023', 'pct')"
                        + " WHERE la_code = 'L1' AND average = 'mean' ORDER BY period"))
                .containsExactly("2023|15.0|2023");
        assertThat(rows("SELECT period, la_value, la_release FROM answer"
                        + " WHERE indicator_id = 'pct' AND la_code = 'L1' AND average = 'mean' ORDER BY period"))
                .containsExactly("2023|17.0|2024", "2024|10.0|2024");
    }

    @Test
    void wilsonIntervalsMatchNewcombesWorkedExamples() throws Exception {
        double[][] expected = {{25.53, 36.62}, {6.24, 16.05}, {0, 16.11}, {0.61, 17.18}};
        List<double[]> intervals = intervals("wilson-pct");
        for (int i = 0; i < expected.length; i++) {
            assertThat(intervals.get(i)[0]).isCloseTo(expected[i][0], within(0.005));
            assertThat(intervals.get(i)[1]).isCloseTo(expected[i][1], within(0.005));
        }
        assertThat(rows("SELECT la_code, ci_method, vs_england FROM answer WHERE indicator_id = 'wilson-pct'"
                        + " AND average = 'mean' ORDER BY la_code"))
                .containsExactly(
                        "L1|wilson|worse", "L2|wilson|worse", "L3|wilson|worse", "L4|wilson|worse", "L5|null|null");
    }

    /**
     * Under 10 events the exact Poisson limits (PHE, "Technical Guide: Confidence intervals", 2018:
     * the chi-squared method; 0 events: 0 to 3.689); from 10 Byar's method, which the guide puts within
     * 0.2% of the exact limits.
     */
    @Test
    void rateIntervalsAreExactForFewEventsAndByarsFromTen() throws Exception {
        assertThat(rows("SELECT la_code, ci_method, vs_england FROM answer WHERE indicator_id = 'rate'"
                        + " AND average = 'mean' ORDER BY la_code"))
                .containsExactly(
                        "L1|exact-poisson|lower",
                        "L2|exact-poisson|similar",
                        "L3|exact-poisson|similar",
                        "L4|byar|similar",
                        "L5|byar|higher");
        List<double[]> intervals = intervals("rate");
        assertThat(intervals.get(0)[1]).isCloseTo(0.3689, within(0.00005));
        int[] events = {0, 5, 9, 10, 100};
        for (int i = 0; i < events.length; i++) {
            double[] exact = ExactPoisson.limits(events[i]);
            double tolerance = events[i] < 10 ? 1e-6 : 0.002 * exact[1];
            assertThat(intervals.get(i)[0] * 10)
                    .as("lower, %d events", events[i])
                    .isCloseTo(exact[0], within(tolerance));
            assertThat(intervals.get(i)[1] * 10)
                    .as("upper, %d events", events[i])
                    .isCloseTo(exact[1], within(tolerance));
        }
    }

    @Test
    void saysNotTestedWhereTheIndicatorHasNoDenominator() throws Exception {
        assertThat(rows("SELECT DISTINCT vs_england FROM answer WHERE indicator_id = 'pct' AND period = 2024"))
                .containsExactly("not tested");
    }

    private static List<double[]> intervals(String indicator) throws SQLException {
        List<double[]> intervals = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT ci_lower, ci_upper FROM answer WHERE indicator_id = '" + indicator
                        + "' AND average = 'mean' AND ci_lower IS NOT NULL ORDER BY la_code")) {
            while (r.next()) {
                intervals.add(new double[] {r.getDouble(1), r.getDouble(2)});
            }
        }
        return intervals;
    }

    private static void national(Statement s, String indicator, String release, int period, Object... areaValues)
            throws SQLException {
        for (int i = 0; i < areaValues.length; i += 2) {
            s.execute(
                    "INSERT INTO observation (indicator_id, area_code, period, value, source, release, source_file_id,"
                            + " is_current) VALUES ('" + indicator + "', '" + areaValues[i] + "', " + period + ", "
                            + areaValues[i + 1] + ", 'national', '" + release + "', 1, false)");
        }
        ObservationLoader.markCurrentFigures(s.getConnection());
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(r.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
