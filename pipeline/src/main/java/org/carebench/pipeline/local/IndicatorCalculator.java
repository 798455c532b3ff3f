package org.carebench.pipeline.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.definition.LocalIndicators;
import org.springframework.core.io.ClassPathResource;

/**
 * Computes the catalogue's indicators in SQL over the staged extract: {@code sql/local/model.sql}
 * types the tables once, then for a period the cohort tables are built and each indicator's query
 * run, with the period's first and last day as the variables period_start and period_end. A query
 * that returns a breakdown column gives the indicator's shares by characteristic, a row each.
 */
final class IndicatorCalculator {

    private final Connection connection;
    private final LocalIndicators catalogue;

    IndicatorCalculator(Connection connection, LocalIndicators catalogue) {
        this.connection = connection;
        this.catalogue = catalogue;
    }

    void buildModel() throws SQLException, IOException {
        execute(script("model"));
    }

    /** Every indicator for the period; withheld holds the reasons figures may not be computed. */
    List<LocalFigure> compute(ReportingPeriod period, Map<String, String> withheld) throws SQLException, IOException {
        execute("SET VARIABLE period_start = DATE '" + period.start() + "'");
        execute("SET VARIABLE period_end = DATE '" + period.end() + "'");
        for (String table : catalogue.periodTables()) {
            execute(script(table));
        }
        List<LocalFigure> figures = new ArrayList<>();
        for (LocalIndicators.Indicator indicator : catalogue.indicators()) {
            figures.add(
                    withheld.containsKey(indicator.id())
                            ? LocalFigure.withheld(indicator.id(), withheld.get(indicator.id()))
                            : query(indicator));
        }
        return figures;
    }

    private LocalFigure query(LocalIndicators.Indicator indicator) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(script(indicator.query()))) {
            if (hasColumn(result, "breakdown")) {
                return shares(indicator, result);
            }
            result.next();
            double value = result.getDouble("value");
            return new LocalFigure(indicator.id(), result.wasNull() ? null : value, result.getLong("cohort"), null);
        }
    }

    /** A query with a breakdown column gives a row per breakdown: its share, its children and the cohort. */
    private static LocalFigure shares(LocalIndicators.Indicator indicator, ResultSet result) throws SQLException {
        List<LocalFigure.Share> shares = new ArrayList<>();
        long cohort = 0;
        while (result.next()) {
            cohort = result.getLong("cohort");
            double value = result.getDouble("value");
            if (!result.wasNull()) {
                shares.add(new LocalFigure.Share(result.getString("breakdown"), value, result.getLong("children")));
            }
        }
        return new LocalFigure(indicator.id(), null, cohort, null, List.copyOf(shares));
    }

    private static boolean hasColumn(ResultSet result, String name) throws SQLException {
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            if (result.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String script(String name) throws IOException {
        return new ClassPathResource("sql/local/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
    }
}
