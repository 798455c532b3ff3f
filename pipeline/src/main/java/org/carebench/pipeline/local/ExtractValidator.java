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
import org.carebench.pipeline.definition.ExtractDefinition;
import org.springframework.core.io.ClassPathResource;

/**
 * DfE's validation rules for the extract's collection year: every date a dd/mm/yyyy date, every code
 * one that year's specification lists (both from {@code ssda903.yml}), the product's own checks that
 * the extract hangs together ({@code sql/local/validation.sql}), and the rule pack's statements, one
 * per DfE rule. A rule that needs last year's return runs only when those tables are held.
 */
final class ExtractValidator {

    private final ExtractDefinition spec;
    private final Connection connection;
    /** More than half a column's dates unreadable is never a few typing errors, whatever is tolerated. */
    private static final double MOSTLY_UNREADABLE_PERCENT = 50;

    private final double tolerancePercent;
    private final RulePack pack;
    private final ReportingPeriod collectionYear;
    private final List<String> notRun = new ArrayList<>();
    /** Milliseconds each step took (a rule by its code), so a slow rule shows in the log by name. */
    private final Map<String, Long> millis = new java.util.LinkedHashMap<>();

    ExtractValidator(
            ExtractDefinition spec,
            Connection connection,
            double tolerancePercent,
            RulePack pack,
            ReportingPeriod collectionYear) {
        this.spec = spec;
        this.connection = connection;
        this.tolerancePercent = tolerancePercent;
        this.pack = pack;
        this.collectionYear = collectionYear;
    }

    /** The pack's rules left out because last year's return is not held, in one line; none, no line. */
    List<String> notRun() {
        return notRun.isEmpty()
                ? List.of()
                : List.of("not run: rules " + String.join(", ", notRun) + " (needs last year's return)");
    }

    /** The slowest steps of the last validation, slowest first, e.g. "rule 437 120 ms". */
    List<String> slowest(int count) {
        return millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(entry -> entry.getKey() + " " + entry.getValue() + " ms")
                .toList();
    }

    List<ValidationError> validate(java.util.function.Predicate<String> tableHeld) throws SQLException, IOException {
        List<ValidationError> errors = new ArrayList<>();
        long started = System.nanoTime();
        for (ExtractDefinition.Table table : spec.tables().values()) {
            for (Map.Entry<String, String> date : table.dateRules().entrySet()) {
                String field = ExtractStager.quote(date.getKey());
                collect(
                        errors,
                        "SELECT " + ExtractStager.literal(date.getValue()) + ", CHILD, "
                                + ExtractStager.literal(table.name())
                                + ", " + ExtractStager.literal(date.getKey()) + ", 'not a dd/mm/yyyy date: ' || "
                                + field + ", false FROM "
                                + table.stagingTable() + " WHERE " + field + " IS NOT NULL AND try_strptime(" + field
                                + ", '%d/%m/%Y') IS NULL");
            }
            for (Map.Entry<String, ExtractDefinition.CodeList> code :
                    table.codes().entrySet()) {
                String field = ExtractStager.quote(code.getKey());
                collect(
                        errors,
                        "SELECT " + ExtractStager.literal(code.getValue().rule()) + ", CHILD, "
                                + ExtractStager.literal(table.name())
                                + ", " + ExtractStager.literal(code.getKey())
                                + ", 'not a code of the specification: ' || " + field + ", false FROM "
                                + table.stagingTable() + " WHERE " + field + " IS NOT NULL AND " + field + " NOT IN ("
                                + String.join(
                                        ", ",
                                        code.getValue().values(collectionYear.year()).stream()
                                                .map(ExtractStager::literal)
                                                .toList())
                                + ")");
            }
        }
        for (ExtractDefinition.Table table : spec.tables().values()) {
            if (table.required()) {
                for (String field : table.dateRules().keySet()) {
                    collect(errors, wrongDateFormat(table, field));
                }
            }
        }
        millis.put("dates and codes", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        collect(errors, new ClassPathResource("sql/local/validation.sql").getContentAsString(StandardCharsets.UTF_8));
        millis.put("validation.sql", (System.nanoTime() - started) / 1_000_000);
        runPack(errors, tableHeld);
        return errors;
    }

    private void runPack(List<ValidationError> errors, java.util.function.Predicate<String> tableHeld)
            throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET VARIABLE collection_start = DATE '" + collectionYear.start() + "'");
            statement.execute("SET VARIABLE collection_end = DATE '" + collectionYear.end() + "'");
            statement.execute(RulePack.prelude());
        }
        millis.put("prelude", (System.nanoTime() - started) / 1_000_000);
        for (RulePack.Rule rule : pack.rules().values()) {
            if (rule.sql() == null) {
                continue;
            }
            List<String> absent = rule.needs().stream()
                    .filter(table -> !tableHeld.test(table))
                    .toList();
            if (!absent.isEmpty()) {
                notRun.add(rule.code());
                continue;
            }
            started = System.nanoTime();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(rule.sql())) {
                while (rows.next()) {
                    String table = rows.getString("table_name");
                    errors.add(new ValidationError(
                            rule.code(),
                            rows.getString("child"),
                            table,
                            rule.fieldsOf(table),
                            rows.getString("detail"),
                            false));
                }
                millis.put("rule " + rule.code(), (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException e) {
                throw new SQLException("rule " + rule.code() + " of " + pack.describe() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Many unreadable dates in a table every figure needs mean the extract was written in another
     * format (2018-03-31, 03/31/2018): that stops the import, where a few typing errors would not.
     */
    private String wrongDateFormat(ExtractDefinition.Table table, String field) {
        String column = ExtractStager.quote(field);
        return "SELECT 'date-format', NULL, " + ExtractStager.literal(table.name()) + ", "
                + ExtractStager.literal(field)
                + ", count(*) FILTER (WHERE try_strptime(" + column + ", '%d/%m/%Y') IS NULL) || ' of ' || count(*)"
                + " || ' dates are not dd/mm/yyyy, e.g. ' || any_value(" + column + ") FILTER (WHERE try_strptime("
                + column
                + ", '%d/%m/%Y') IS NULL), true FROM " + table.stagingTable() + " WHERE " + column + " IS NOT NULL"
                // no dates at all (every episode open) is no wrong format: DuckDB's 0.0 / 0 is NaN, above any share
                + " HAVING count(*) > 0 AND 100.0 * count(*) FILTER (WHERE try_strptime(" + column
                + ", '%d/%m/%Y') IS NULL) / count(*) > "
                + Math.min(tolerancePercent, MOSTLY_UNREADABLE_PERCENT);
    }

    private void collect(List<ValidationError> errors, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                errors.add(new ValidationError(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getBoolean(6)));
            }
        }
    }
}
