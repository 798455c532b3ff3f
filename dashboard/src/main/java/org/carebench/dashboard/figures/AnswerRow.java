package org.carebench.dashboard.figures;

import static org.carebench.dashboard.figures.FigureQueries.nullableDouble;

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

    static AnswerRow read(ResultSet rs) throws SQLException {
        int rank = rs.getInt("rank");
        boolean ranked = !rs.wasNull();
        int previousPeriod = rs.getInt("previous_period");
        boolean hasPrevious = !rs.wasNull();
        return new AnswerRow(
                rs.getString("indicator_id"),
                rs.getString("la_code"),
                rs.getInt("period"),
                figure(rs, "la"),
                figure(rs, "england"),
                figure(rs, "region"),
                nullableDouble(rs, "neighbour_value"),
                rs.getInt("neighbour_count"),
                ranked ? new Rank(rank, rs.getInt("rank_of")) : null,
                rs.getString("quartile"),
                hasPrevious
                        ? new Direction(
                                previousPeriod,
                                nullableDouble(rs, "previous_value"),
                                nullableDouble(rs, "change"),
                                rs.getString("movement"),
                                rs.getString("judgement"),
                                rs.getString("change_verdict"))
                        : null,
                rs.getString("ci_method") == null
                        ? null
                        : new Interval(
                                rs.getString("ci_method"),
                                95,
                                rs.getDouble("ci_lower"),
                                rs.getDouble("ci_upper"),
                                rs.getDouble("numerator"),
                                rs.getDouble("denominator")),
                rs.getString("vs_england"),
                rs.getString("vs_region"),
                rs.getString("vs_neighbours"));
    }

    /** The authority's own row where the indicator has no figure for it that period. */
    static AnswerRow empty(String indicatorId, String laCode, int period) {
        Figure none = new Figure(null, null, null);
        return new AnswerRow(
                indicatorId, laCode, period, none, none, none, null, 0, null, null, null, null, null, null, null);
    }

    private static Figure figure(ResultSet rs, String prefix) throws SQLException {
        return new Figure(
                nullableDouble(rs, prefix + "_value"),
                rs.getString(prefix + "_status"),
                rs.getString(prefix + "_release"));
    }
}
