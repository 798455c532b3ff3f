package org.carebench.pipeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseWriteException;

/**
 * {@code export --format parquet|csv --out DIR}: the current snapshot's comparison-ready tables as
 * files any tool opens (DuckDB 1.x, R, Python, Power BI), with a README of their columns. Each file
 * is written under a temporary name and renamed, so a reader never finds half of one.
 */
final class SnapshotExport {

    private SnapshotExport() {}

    static int run(Warehouse warehouse, List<String> arguments, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        String format = option(arguments, "--format", "parquet");
        String folder = option(arguments, "--out", null);
        if (!format.equals("parquet") && !format.equals("csv") || folder == null) {
            err.println("export: give --format parquet|csv and --out DIR");
            return CommandLine.USAGE;
        }
        Path snapshot = warehouse.currentSnapshot().orElse(null);
        if (snapshot == null) {
            err.println("export: " + warehouse.directory() + " has no current snapshot to export");
            return 1;
        }
        Path target = Path.of(folder).toAbsolutePath().normalize();
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw WarehouseWriteException.of(target, e);
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        StringBuilder readme =
                new StringBuilder(ExportTables.readme(snapshot.getFileName().toString(), format));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
                Statement statement = connection.createStatement()) {
            for (ExportTables.Table table : ExportTables.ALL) {
                Path file = target.resolve(table.name() + "." + format);
                Path partial = target.resolve("." + table.name() + "." + format + ".partial");
                try {
                    statement.execute("COPY (" + table.select() + ") TO '"
                            + partial.toString().replace("'", "''") + "' (FORMAT " + format
                            + (format.equals("csv") ? ", HEADER true" : "") + ")");
                } catch (SQLException e) {
                    if (WarehouseWriteException.isDiskOrPermission(e.getMessage())) {
                        Files.deleteIfExists(partial);
                        throw new WarehouseWriteException(partial, e);
                    }
                    throw e;
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                long rows = count(statement, table);
                out.println("Wrote " + file + " (" + rows + " rows)");
            }
        }
        Files.writeString(target.resolve("README.txt"), readme, StandardCharsets.UTF_8);
        out.println("Exported " + snapshot.getFileName() + " to " + target + " (columns in README.txt)");
        return 0;
    }

    private static long count(Statement statement, ExportTables.Table table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM (" + table.select() + ")")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
