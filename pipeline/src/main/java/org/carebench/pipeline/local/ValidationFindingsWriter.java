package org.carebench.pipeline.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps what validation found in the new snapshot, beside the figures: per rule the rows and children
 * flagged, per figure the rules that touched its children, and each figure's status. Counts only.
 */
final class ValidationFindingsWriter {

    private final Connection connection;
    private final int sourceFileId;
    private final String areaCode;

    ValidationFindingsWriter(Connection connection, int sourceFileId, String areaCode) {
        this.connection = connection;
        this.sourceFileId = sourceFileId;
        this.areaCode = areaCode;
    }

    void write(
            RulePack pack,
            List<RuleSummary> rules,
            List<FigureRuleCheck> checks,
            List<LocalFigure> figures,
            ReportingPeriod period)
            throws SQLException {
        try (PreparedStatement insert = prepare("local_rule_finding", 8)) {
            for (RuleSummary rule : rules) {
                set(insert, pack.name(), rule.rule(), rule.table(), rule.message(), rule.rows(), rule.children());
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = prepare("local_figure_check", 8)) {
            for (FigureRuleCheck check : checks) {
                set(
                        insert,
                        check.indicatorId(),
                        check.rule(),
                        check.table(),
                        check.children(),
                        check.childrenInTable(),
                        check.withholds());
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = prepare("local_figure_status", 6)) {
            for (LocalFigure figure : figures) {
                set(insert, figure.indicatorId(), period.end(), figure.published(), figure.withheld());
            }
            insert.executeBatch();
        }
    }

    private PreparedStatement prepare(String table, int columns) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + LocalFigureWriter.CATALOG + "." + table + " VALUES (?"
                + ", ?".repeat(columns - 1) + ")");
    }

    private void set(PreparedStatement insert, Object... values) throws SQLException {
        insert.setInt(1, sourceFileId);
        insert.setString(2, areaCode);
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 3, values[i]);
        }
        insert.addBatch();
    }
}
