package org.carebench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.carebench.pipeline.warehouse.Warehouse;

/** Test helpers: the reference files, and queries against a warehouse's current snapshot. */
public final class Warehouses {

    private Warehouses() {}

    public static Path reference(String relative) {
        return referenceFolder().resolve(relative);
    }

    /** Every test that reads DfE's files comes through here, so a checkout without them fails in one sentence. */
    private static Path referenceFolder() {
        Path folder = Path.of(System.getProperty("carebench.reference-data", "../../shared/reference-data"));
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("The tests read DfE's published files from ../shared/reference-data"
                    + " (property carebench.reference-data); that folder is missing: "
                    + folder.toAbsolutePath().normalize());
        }
        return folder;
    }

    public static String referencePath(String relative) {
        return reference(relative).toString();
    }

    /** The rows of a query over the current snapshot, each row's columns joined by '|'. */
    public static List<String> query(Warehouse warehouse, String sql, Object... parameters) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Path snapshot = warehouse.currentSnapshot().orElseThrow(() -> new AssertionError("no current snapshot"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(c > 1 ? "|" : "").append(result.getString(c));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }

    /** A figure as "value|status" from the current snapshot. */
    public static String figure(Warehouse warehouse, String indicator, String area, int period) throws SQLException {
        List<String> rows = query(
                warehouse,
                "SELECT value, status FROM mart_observation WHERE indicator_id = ?"
                        + " AND area_code = ? AND period = ? AND breakdown = '' AND source = 'national'",
                indicator,
                area,
                period);
        if (rows.size() != 1) {
            throw new AssertionError(
                    "expected one figure for " + indicator + " " + area + " " + period + ", got " + rows);
        }
        return rows.get(0);
    }
}
