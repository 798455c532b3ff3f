package org.carebench.pipeline.importing;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Quoting for the SQL that definitions generate. Headers and filter values come from files and
 * definitions, never from a web request, and are still always quoted rather than trusted.
 */
final class Sql {

    private Sql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    static String literals(Collection<String> values) {
        return values.stream().map(Sql::literal).collect(Collectors.joining(", "));
    }

    /** A trimmed column value, NULL when empty. */
    static String trimmed(String column) {
        return "nullif(trim(" + identifier(column) + "), '')";
    }
}
