package org.carebench.pipeline.local;

/**
 * One finding about an extract: DfE's rule number where DfE has one, the child, table and field. A
 * fatal finding (the extract cannot be read reliably at all) stops the import; any other stops only
 * the figures that depend on the field.
 */
record ValidationError(String rule, String child, String table, String field, String message, boolean fatal) {

    static ValidationError fatal(String rule, String child, String table, String field, String message) {
        return new ValidationError(rule, child, table, field, message, true);
    }

    String describe() {
        return "rule " + rule + (table == null ? "" : ", " + table + (field == null ? "" : "." + field))
                + (child == null ? "" : ", child " + child) + ": " + message;
    }
}
