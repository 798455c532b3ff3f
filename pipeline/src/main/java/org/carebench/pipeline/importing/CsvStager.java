package org.carebench.pipeline.importing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.warehouse.WarehouseWriteException;

/** Stages a CSV file with DuckDB's own reader: every column as text, typed later by the checks. */
final class CsvStager {

    private CsvStager() {}

    static StagedFile stage(
            Connection connection,
            Path file,
            String sha256,
            boolean sample,
            LayoutMatch match,
            List<String> headers,
            String table)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv(" + Sql.literal(file.toString())
                    + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"',"
                    + " strict_mode = true, null_padding = false, auto_detect = false, columns = "
                    + columnTypes(headers.size()) + ")");
        } catch (SQLException e) {
            if (WarehouseWriteException.isDiskOrPermission(e.getMessage())
                    && !e.getMessage().contains(file.toString())) {
                throw e; // the new snapshot could not be written: not this file's fault
            }
            throw new ImportFailure(file.getFileName() + describe(e.getMessage()));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        match.fieldColumns().forEach((field, index) -> columns.put(field, "c" + index));
        // rowid follows the file's order; +2 skips the header and counts from 1
        return new StagedFile(
                file, null, sha256, sample, match, headers, table, columns, "(rowid + 2)", count(connection, table));
    }

    /**
     * DuckDB's CSV error as one line: the line it names and its own sentence on what is wrong (an
     * unterminated quote, a line too long), the last before its advice to the programmer and the
     * reader's settings.
     */
    static String describe(String message) {
        Matcher line = Pattern.compile("CSV Error on Line: (\\d+)").matcher(message == null ? "" : message);
        if (!line.find()) {
            return ": cannot be read as CSV (is it cut short or damaged?): " + firstLine(message);
        }
        int fixes = message.indexOf("Possible ");
        String problem = (fixes < 0 ? message : message.substring(0, fixes))
                .strip()
                .lines()
                .reduce((first, second) -> second)
                .orElse("damaged");
        return " line " + line.group(1) + ": cannot be read as CSV: " + firstLine(problem);
    }

    /** Positional column names, so repeated or blank headers cannot collide. */
    private static String columnTypes(int count) {
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            types.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        return types.append('}').toString();
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip()
                .lines()
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(message);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
