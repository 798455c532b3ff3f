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
 * DfE's validation rules that the local indicators depend on: every date a dd/mm/yyyy date, every code
 * one the specification lists (both from {@code ssda903.yml}), and the rules across records in
 * {@code sql/local/validation.sql}.
 */
final class ExtractValidator {

    private final ExtractDefinition spec;
    private final Connection connection;
    private final double tolerancePercent;

    ExtractValidator(ExtractDefinition spec, Connection connection, double tolerancePercent) {
        this.spec = spec;
        this.connection = connection;
        this.tolerancePercent = tolerancePercent;
    }

    List<ValidationError> validate() throws SQLException, IOException {
        List<ValidationError> errors = new ArrayList<>();
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
                                        code.getValue().values().stream()
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
        collect(errors, new ClassPathResource("sql/local/validation.sql").getContentAsString(StandardCharsets.UTF_8));
        return errors;
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
                + " HAVING 100.0 * count(*) FILTER (WHERE try_strptime(" + column
                + ", '%d/%m/%Y') IS NULL) / count(*) > "
                + tolerancePercent;
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
