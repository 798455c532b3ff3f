package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.carebench.pipeline.definition.Derivation;

/**
 * Derives the figures the catalogue declares for the years DfE published only their counts (the
 * rates of children starting and ceasing before 2020), after every import, from the figures then
 * held: each numerator of every release, over the current denominator. A figure DfE published for
 * that area and year, from any release, is never derived over. The derived figure keeps the
 * release and file of its count and says how it was made in its notes.
 */
final class DerivedFigures {

    private static final String FORGET =
            "DELETE FROM observation WHERE source = 'national' AND indicator_id = ? AND notes = ?";

    private static final String DERIVE = """
            INSERT INTO observation (indicator_id, area_code, period, breakdown, value, status, source, release,
                                     source_file_id, is_current, notes)
            SELECT ?, c.area_code, c.period, '', round(c.value / d.value * ?, ?), c.status, 'national', c.release,
                   c.source_file_id, true, ?
            FROM observation c
            JOIN observation d ON d.indicator_id = ? AND d.area_code = c.area_code AND d.period = c.period - ?
                              AND d.breakdown = '' AND d.source = 'national' AND d.is_current AND d.value > 0
            WHERE c.indicator_id = ? AND c.breakdown = '' AND c.source = 'national'
              AND (c.value IS NOT NULL OR c.status IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM observation p WHERE p.indicator_id = ? AND p.area_code = c.area_code
                              AND p.period = c.period AND p.breakdown = '' AND p.source = 'national')
            """;

    private DerivedFigures() {}

    /** Run after the import's figures are marked current; marks them again with the derived ones in. */
    static void refresh(Connection connection, List<Derivation> derivations) throws SQLException {
        if (derivations.isEmpty()) {
            return;
        }
        try (PreparedStatement forget = connection.prepareStatement(FORGET);
                PreparedStatement derive = connection.prepareStatement(DERIVE)) {
            for (Derivation derivation : derivations) {
                forget.setString(1, derivation.indicatorId());
                forget.setString(2, derivation.note());
                forget.executeUpdate();
                derive.setString(1, derivation.indicatorId());
                derive.setDouble(2, derivation.per());
                derive.setInt(3, derivation.decimals());
                derive.setString(4, derivation.note());
                derive.setString(5, derivation.denominatorId());
                derive.setInt(6, derivation.denominatorLag());
                derive.setString(7, derivation.numeratorId());
                derive.setString(8, derivation.indicatorId());
                derive.executeUpdate();
            }
        }
        ObservationLoader.markCurrentFigures(connection);
    }
}
