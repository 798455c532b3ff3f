package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.Layout;

/**
 * The checks a file must pass before anything from it is published: numbers parse, percentages lie
 * in 0..100, LA codes are known, periods are years, and the file is not much shorter than the last
 * load of the same file. Each failure names the file, row and column.
 */
final class Checks {

    /** A file with fewer rows than this share of its last load is probably cut short. */
    private static final double MIN_SHARE_OF_LAST_LOAD = 0.5;

    private static final int MAX_REJECTS_PER_CHECK = 1000;

    private final Connection connection;
    private final Definitions definitions;
    private final List<StagedFile> staged;
    private final List<Reject> rejects = new ArrayList<>();

    Checks(Connection connection, Definitions definitions, List<StagedFile> staged) {
        this.connection = connection;
        this.definitions = definitions;
        this.staged = staged;
    }

    List<Reject> run() throws SQLException {
        boolean codeListKnown = KnownCodes.collect(connection, staged);
        for (StagedFile file : staged) {
            checkRowCount(file);
            if (file.layout().target() == Layout.Target.OBSERVATION) {
                checkObservations(file, codeListKnown);
            }
        }
        return rejects;
    }

    private void checkRowCount(StagedFile file) throws SQLException {
        if (file.rows() < file.layout().checks().minRows()) {
            rejects.add(new Reject(
                    file.where(),
                    0,
                    null,
                    null,
                    "has " + file.rows() + " data rows; layout '"
                            + file.layout().name() + "' expects at least "
                            + file.layout().checks().minRows()));
        }
        long previous = SourceFiles.lastRowCount(
                connection, file.sourceName(), file.layout().name());
        if (previous > 0 && file.rows() < previous * MIN_SHARE_OF_LAST_LOAD) {
            rejects.add(new Reject(
                    file.where(),
                    0,
                    null,
                    null,
                    "has " + file.rows() + " data rows, far fewer than the " + previous
                            + " of its last load: is it cut short?"));
        }
    }

    private void checkObservations(StagedFile file, boolean codeListKnown) throws SQLException {
        ObservationRows rows = new ObservationRows(file);
        String format = file.layout().mapping().period() == Layout.PeriodFormat.YEAR
                ? "year such as 2024"
                : "academic year such as 202425";
        find(
                file,
                "period",
                "SELECT " + file.rowNumber() + ", " + file.text("period") + " FROM " + file.table() + " WHERE "
                        + rows.levelFilter() + " AND " + rows.period() + " IS NULL",
                "is not a " + format);
        if (codeListKnown) {
            find(
                    file,
                    "la_code",
                    "SELECT " + file.rowNumber() + ", " + file.text("la_code") + " FROM " + file.table()
                            + " WHERE " + rows.areaLevel() + " = 'la' AND " + rows.areaCode()
                            + " NOT IN (SELECT code FROM known_la)",
                    "is not a local authority code in the LA code list");
        }
        for (Layout.Total total : file.layout().checks().totals()) {
            checkTotal(file, rows, total);
        }
        for (Layout.IndicatorMapping indicator : file.indicators()) {
            checkLabelsPresent(file, rows, indicator);
            String value = indicator.value();
            // one pass for both value checks: not a number, or a percentage out of range
            String number = rows.number(indicator);
            boolean percent = definitions.indicator(indicator.id()).isPercent();
            find(
                    file,
                    value,
                    "SELECT " + file.rowNumber() + ", " + file.text(value) + ", CASE WHEN " + number
                            + " IS NULL THEN "
                            + Sql.literal("is not a number or a suppression symbol ("
                                    + String.join(" ", file.layout().mapping().suppression()) + ")")
                            + " ELSE 'is a percentage outside 0 to 100' END"
                            + " FROM " + file.table() + " WHERE " + rows.where(indicator) + " AND NOT "
                            + rows.withheld(indicator)
                            + " AND (" + number + " IS NULL"
                            + (percent ? " OR NOT " + number + " BETWEEN 0 AND 100" : "") + ")",
                    null);
            find(
                    file,
                    value,
                    "SELECT min(" + file.rowNumber() + "), count(*) || ' rows' FROM " + file.table() + " WHERE "
                            + rows.where(indicator) + " GROUP BY " + rows.areaCode() + ", " + rows.period() + ", "
                            + rows.breakdown(indicator) + " HAVING count(*) > 1",
                    "gives indicator " + indicator.id() + " more than one figure for the same area and period");
        }
    }

    private void checkTotal(StagedFile file, ObservationRows rows, Layout.Total total) throws SQLException {
        String label = file.text(total.field());
        String number = rows.number(new Layout.IndicatorMapping("", total.value()));
        StringBuilder groups = new StringBuilder(rows.areaCode() + ", " + rows.period());
        total.group().forEach(field -> groups.append(", ").append(file.text(field)));
        String isPart = label + " IN (" + Sql.literals(total.parts()) + ")";
        String isTotal = label + " = " + Sql.literal(total.total());
        find(
                file,
                total.value(),
                "SELECT min(" + file.rowNumber() + ") FILTER (" + isTotal + "), 'total '"
                        + " || max(" + number + ") FILTER (" + isTotal + ") || ', parts sum to ' || sum(" + number
                        + ") FILTER ("
                        + isPart + ") FROM " + file.table() + " WHERE " + rows.levelFilter() + " AND "
                        + file.text("level")
                        + " IN (" + Sql.literals(total.levels()) + ") GROUP BY " + groups
                        + " HAVING count(" + number + ") FILTER (" + isPart + ") = "
                        + total.parts().size()
                        + " AND count(" + number + ") FILTER (" + isTotal + ") = 1"
                        + " AND max(" + number + ") FILTER (" + isTotal + ") <> sum(" + number + ") FILTER (" + isPart
                        + ")",
                "is a total that does not equal the sum of its parts (" + String.join(", ", total.parts()) + ")");
    }

    /** A relabelled row in a new release must fail loudly, not load nothing. */
    private void checkLabelsPresent(StagedFile file, ObservationRows rows, Layout.IndicatorMapping indicator)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*) FROM " + file.table() + " WHERE " + rows.where(indicator))) {
            result.next();
            if (result.getLong(1) > 0) {
                return;
            }
        }
        StringBuilder expected = new StringBuilder();
        indicator
                .where()
                .forEach((field, labels) -> expected.append(expected.isEmpty() ? "" : " and ")
                        .append(file.header(field))
                        .append(" = '")
                        .append(String.join("' or '", labels))
                        .append('\''));
        rejects.add(new Reject(
                file.where(),
                0,
                null,
                null,
                "no row picks out indicator " + indicator.id()
                        + " (looked for " + expected + "); has DfE relabelled it? Add the new label to jobs/layouts/"
                        + file.layout().name() + ".yml"));
    }

    /** Rows the query returns as (row, value[, problem]) are rejects; the problem, if not given, is the third column. */
    private void find(StagedFile file, String field, String sql, String problem) throws SQLException {
        String header = file.header(field);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql + " ORDER BY 1 LIMIT " + MAX_REJECTS_PER_CHECK)) {
            while (result.next()) {
                rejects.add(new Reject(
                        file.where(),
                        result.getLong(1),
                        header,
                        result.getString(2),
                        problem == null ? result.getString(3) : problem));
            }
        }
    }
}
