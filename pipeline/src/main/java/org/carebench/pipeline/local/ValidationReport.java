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
     * Each rule whose findings touch a figure's inputs (a Table.FIELD it uses), with how many of the
     * table's children; a rule that touches more than tolerancePercent of them withholds the figure.
     */
    List<FigureRuleCheck> checks(
            LocalIndicators catalogue, double tolerancePercent, Map<String, Long> childrenInTable) {
        // Children by rule, table and fields first: tens of thousands of findings fall into a few
        // hundred groups, so each figure looks at the groups, not at every finding again.
        Map<List<String>, Set<String>> byRuleAndFields = new LinkedHashMap<>();
        for (ValidationError error : errors) {
            if (error.child() != null && !error.fatal() && error.table() != null && error.field() != null) {
                byRuleAndFields
                        .computeIfAbsent(
                                List.of(error.rule(), error.table(), error.field()), key -> new java.util.HashSet<>())
                        .add(error.child());
            }
        }
        List<FigureRuleCheck> checks = new java.util.ArrayList<>();
        for (LocalIndicators.Indicator indicator : catalogue.indicators()) {
            Map<List<String>, Set<String>> touched =
                    new java.util.TreeMap<>(java.util.Comparator.comparing((List<String> key) -> key.get(0))
                            .thenComparing(key -> key.get(1)));
            byRuleAndFields.forEach((key, children) -> {
                if (touches(key.get(1), key.get(2), indicator.uses())) {
                    touched.computeIfAbsent(List.of(key.get(0), key.get(1)), ruleAndTable -> new java.util.HashSet<>())
                            .addAll(children);
                }
            });
            touched.forEach((key, children) -> {
                long inTable = childrenInTable.getOrDefault(key.get(1), 0L);
                boolean withholds = 100.0 * children.size() / Math.max(inTable, 1) > tolerancePercent;
                checks.add(new FigureRuleCheck(
                        indicator.id(), key.get(0), key.get(1), children.size(), inTable, withholds));
            });
        }
        return checks;
    }

    private static boolean touches(String table, String field, List<String> uses) {
        List<String> fields = List.of(field.split(" "));
        return uses.stream()
                .anyMatch(use -> use.startsWith(table + ".") && fields.contains(use.substring(use.indexOf('.') + 1)));
    }

    /**
     * Why each figure that cannot be computed reliably is withheld: a table it needs is absent, or
     * rules that flag too many of its children, named.
     */
    Map<String, String> withheld(LocalIndicators catalogue, Predicate<String> tableHeld, List<FigureRuleCheck> checks) {
        Map<String, String> withheld = new LinkedHashMap<>();
        for (LocalIndicators.Indicator indicator : catalogue.indicators()) {
            Optional<String> absent = indicator.uses().stream()
                    .map(use -> use.substring(0, use.indexOf('.')))
                    .filter(table -> !tableHeld.test(table))
                    .findFirst();
            String rules = checks.stream()
                    .filter(check -> check.indicatorId().equals(indicator.id()) && check.withholds())
                    .map(FigureRuleCheck::describe)
                    .collect(Collectors.joining(", "));
            absent.map(table -> "the extract has no " + table + " table")
                    .or(() -> rules.isEmpty()
                            ? Optional.empty()
                            : Optional.of("DfE's validation " + rules + " flag more than the tolerated share"))
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
