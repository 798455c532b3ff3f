package org.carebench.dashboard.figures;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the warehouse's answers (V11): an authority's figure for one indicator, period, neighbour
 * model and average, with everything it is compared with, as the import computed it.
 */
record AnswerRow(
        String indicatorId,
        String laCode,
        int period,
        Figure la,
        Figure england,
        Figure region,
        Double neighbourValue,
        int neighbourCount,
        Rank rank,
        String quartile,
        Direction direction,
        Interval interval,
        String vsEngland,
        String vsRegion,
        String vsNeighbours) {

    /**
     * Reads answer rows by column position, found once per result: DuckDB's driver looks a column name
     * up by scanning every name, which cost more than the rest of reading a block of answers.
     */
    static final class Reader {
        private static final String[] COLUMNS = {
            "indicator_id",
            "la_code",
            "period",
            "la_value",
            "la_status",
            "la_release",
            "england_value",
            "england_status",
            "england_release",
            "region_value",
            "region_status",
            "region_release",
            "neighbour_value",
            "neighbour_count",
            "rank",
            "rank_of",
            "quartile",
            "previous_period",
            "previous_value",
            "change",
            "movement",
            "judgement",
            "change_verdict",
            "ci_method",
            "ci_lower",
            "ci_upper",
            "numerator",
            "denominator",
            "vs_england",
            "vs_region",
            "vs_neighbours"
        };

        private ResultSet resolvedFor;
        private final int[] at = new int[COLUMNS.length];
        private ResultSet rs;

        AnswerRow read(ResultSet rs) throws SQLException {
            if (rs != resolvedFor) {
                for (int i = 0; i < COLUMNS.length; i++) {
                    at[i] = rs.findColumn(COLUMNS[i]);
                }
                resolvedFor = rs;
            }
            this.rs = rs;
            Integer rank = integer(14);
            Integer previousPeriod = integer(17);
            return new AnswerRow(
                    string(0),
                    string(1),
                    rs.getInt(at[2]),
                    figure(3),
                    figure(6),
                    figure(9),
                    number(12),
                    rs.getInt(at[13]),
                    rank != null ? new Rank(rank, rs.getInt(at[15])) : null,
                    string(16),
                    previousPeriod != null
                            ? new Direction(previousPeriod, number(18), number(19), string(20), string(21), string(22))
                            : null,
                    string(23) == null ? null : new Interval(string(23), 95, real(24), real(25), real(26), real(27)),
                    string(28),
                    string(29),
                    string(30));
        }

        private Figure figure(int first) throws SQLException {
            return new Figure(number(first), string(first + 1), string(first + 2));
        }

        private String string(int column) throws SQLException {
            return rs.getString(at[column]);
        }

        private Double number(int column) throws SQLException {
            double value = rs.getDouble(at[column]);
            return rs.wasNull() ? null : value;
        }

        private double real(int column) throws SQLException {
            return rs.getDouble(at[column]);
        }

        private Integer integer(int column) throws SQLException {
            int value = rs.getInt(at[column]);
            return rs.wasNull() ? null : value;
        }
    }

    /** The authority's own row where the indicator has no figure for it that period. */
    static AnswerRow empty(String indicatorId, String laCode, int period) {
        Figure none = new Figure(null, null, null);
        return new AnswerRow(
                indicatorId, laCode, period, none, none, none, null, 0, null, null, null, null, null, null, null);
    }
}
