package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.carebench.pipeline.definition.ExtractDefinition;
import org.carebench.pipeline.definition.LocalIndicators;

/**
 * The validation findings: written as a CSV a data team can work through (rule, child, table, field,
 * message), summed up in one line, and used to decide which figures are too unreliable to publish.
 */
final class ValidationReport {

    private final List<ValidationError> errors;

    ValidationReport(List<ValidationError> errors) {
        this.errors = List.copyOf(errors);
    }

    List<ValidationError> errors() {
        return errors;
    }

    List<ValidationError> fatal() {
        return errors.stream().filter(ValidationError::fatal).toList();
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("rule,child,table,field,fatal,message\n");
            for (ValidationError error : errors) {
                out.write(String.join(
                                ",",
                                csv(error.rule()),
                                csv(error.child()),
                                csv(error.table()),
                                csv(error.field()),
                                Boolean.toString(error.fatal()),
                                csv(error.message()))
                        + "\n");
            }
        }
        return file;
    }

    String summary() {
        if (errors.isEmpty()) {
            return "no validation findings";
        }
        Map<String, Long> byRule =
                errors.stream().collect(Collectors.groupingBy(ValidationError::rule, Collectors.counting()));
        String common = byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3)
                .map(entry -> "rule " + entry.getKey() + " x" + entry.getValue())
                .collect(Collectors.joining(", "));
        long children = errors.stream()
                .map(ValidationError::child)
                .filter(child -> child != null)
                .distinct()
                .count();
        return errors.size() + " validation findings (" + fatal().size() + " fatal) about " + children
                + " children; most often " + common;
    }

    /**
     * Why a figure using these Table.FIELD values is withheld: more than tolerancePercent of a table's
     * children have an error in one of them. A few errors leave a figure usable; many do not.
     */
    Optional<String> unreliable(List<String> uses, double tolerancePercent, Function<String, Long> childrenInTable) {
        for (String use : uses) {
            String table = use.substring(0, use.indexOf('.'));
            String field = use.substring(use.indexOf('.') + 1);
            Set<String> affected = errors.stream()
                    .filter(error -> table.equals(error.table()) && field.equals(error.field()))
                    .map(ValidationError::child)
                    .collect(Collectors.toSet());
            long children = childrenInTable.apply(table);
            if (!affected.isEmpty() && 100.0 * affected.size() / Math.max(children, 1) > tolerancePercent) {
                return Optional.of(
                        affected.size() + " of " + children + " children in " + table + " have errors in " + field);
            }
        }
        return Optional.empty();
    }

    /** Why each figure that cannot be computed reliably is withheld: a table it needs is absent, or too many errors. */
    Map<String, String> withheld(
            LocalIndicators catalogue,
            Predicate<String> tableHeld,
            double tolerancePercent,
            Map<String, Long> childrenInTable) {
        Map<String, String> withheld = new LinkedHashMap<>();
        for (LocalIndicators.Indicator indicator : catalogue.indicators()) {
            Optional<String> absent = indicator.uses().stream()
                    .map(use -> use.substring(0, use.indexOf('.')))
                    .filter(table -> !tableHeld.test(table))
                    .findFirst();
            absent.map(table -> "the extract has no " + table + " table")
                    .or(() -> unreliable(indicator.uses(), tolerancePercent, childrenInTable::get))
                    .ifPresent(reason -> withheld.put(indicator.id(), reason));
        }
        return withheld;
    }

    static long childrenIn(Connection connection, ExtractDefinition.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT count(DISTINCT CHILD) FROM " + table.stagingTable())) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
