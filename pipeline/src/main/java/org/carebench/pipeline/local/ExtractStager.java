package org.carebench.pipeline.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carebench.pipeline.definition.ExtractDefinition;

/**
 * Copies an extract's CSV tables, as text, into staging tables of an in-memory database, one per
 * SSDA903 table; a table is recognised by its columns, not its file name. A file of no table the
 * product reads (DoLo.csv of newer specifications) is skipped with a warning; structural problems (a
 * table given twice, a missing column) are reported, and stop the import.
 */
final class ExtractStager {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExtractStager.class);

    private final ExtractDefinition spec;
    private final Connection connection;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final List<ValidationError> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ExtractStager(ExtractDefinition spec, Connection connection) {
        this.spec = spec;
        this.connection = connection;
    }

    /** Creates an empty staging table for every table, so every query runs whatever the extract holds. */
    void createTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ExtractDefinition.Table table : spec.tables().values()) {
                statement.execute("CREATE TABLE " + table.stagingTable() + " ("
                        + table.columns().stream()
                                .map(column -> quote(column) + " VARCHAR")
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
    }

    void stageCsv(Path file) throws IOException, SQLException {
        List<String> headers = headers(file);
        ExtractDefinition.Table table = spec.tables().values().stream()
                .filter(candidate -> headers.contains(candidate.detect()))
                .findFirst()
                .orElse(null);
        if (table == null) {
            skipped.add(file.getFileName()
                    + ignoredTable(headers)
                            .map(name -> " holds " + name + ", a table no local figure reads")
                            .orElse(" is not an SSDA903 table this product reads (its columns are " + headers + ")"));
            log.warn("Skipped {}", skipped.get(skipped.size() - 1));
            return;
        }
        if (staged.containsKey(table.name())) {
            problems.add(ValidationError.fatal(
                    "table-given-twice",
                    null,
                    table.name(),
                    null,
                    file.getFileName() + " and " + staged.get(table.name()).getFileName() + " both hold "
                            + table.name()));
            return;
        }
        List<String> missing = table.columns().stream()
                .filter(column -> !headers.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(ValidationError.fatal(
                    "column-missing",
                    null,
                    table.name(),
                    String.join(" ", missing),
                    file.getFileName() + " (" + table.name() + ") lacks the column(s) " + missing));
            return;
        }
        staged.put(table.name(), file);
        try (Statement statement = connection.createStatement()) {
            String columns = table.columns().stream().map(ExtractStager::quote).collect(Collectors.joining(", "));
            statement.execute("INSERT INTO " + table.stagingTable() + " SELECT "
                    + table.columns().stream()
                            .map(column -> "nullif(trim(" + quote(column) + "), '')")
                            .collect(Collectors.joining(", "))
                    + " FROM read_csv(" + literal(file.toString()) + ", all_varchar = true, header = true)");
        }
    }

    /** Marks the tables an XML return holds (it holds every table, some perhaps empty). */
    void stagedFromXml(Path file) {
        spec.tables().keySet().forEach(name -> staged.put(name, file));
    }

    /** Checks the required tables are present; returns every structural problem found. */
    List<ValidationError> problems() {
        spec.tables().values().stream()
                .filter(table -> table.required() && !staged.containsKey(table.name()))
                .forEach(table -> problems.add(ValidationError.fatal(
                        "table-missing",
                        null,
                        table.name(),
                        null,
                        "the extract has no " + table.name() + " table (a CSV with the column " + table.detect()
                                + ")")));
        return problems;
    }

    /** Files left out as tables no figure reads (a newer specification's, or none at all), each said why. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private java.util.Optional<String> ignoredTable(List<String> headers) {
        return spec.ignored().entrySet().stream()
                .filter(ignored -> headers.contains(ignored.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    boolean holds(String table) {
        return staged.containsKey(table);
    }

    /** The day the extract runs to, when no extract date is given: its latest episode date. */
    LocalDate latestEpisodeDate() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT greatest(max(try_strptime(DECOM, '%d/%m/%Y')),"
                        + " max(try_strptime(DEC, '%d/%m/%Y')))::DATE FROM stg_episodes")) {
            result.next();
            LocalDate latest = result.getObject(1, LocalDate.class);
            return latest == null ? LocalDate.now() : latest;
        }
    }

    long episodes() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM stg_episodes")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> headers(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                return List.of();
            }
            return Arrays.stream(line.replace("\uFEFF", "").split(",", -1))
                    .map(header -> header.strip().replace("\"", ""))
                    .toList();
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
