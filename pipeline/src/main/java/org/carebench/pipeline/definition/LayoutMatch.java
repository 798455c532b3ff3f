package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Map;

/**
 * A layout recognised in a file's header row: which column index holds each field, which required
 * fields no header provided (the file is then rejected, naming them), and the values the file gives
 * a field for all its rows (the period, from a header such as {@code CLA_Mar2013} or the file name).
 */
public record LayoutMatch(
        Layout layout, Map<String, Integer> fieldColumns, List<String> missingFields, Map<String, String> values) {

    public LayoutMatch(Layout layout, Map<String, Integer> fieldColumns, List<String> missingFields) {
        this(layout, fieldColumns, missingFields, Map.of());
    }

    /** Whether the file gives the field: a column, a value for every row, or the layout's constant. */
    public boolean gives(String field) {
        return fieldColumns.containsKey(field)
                || values.containsKey(field)
                || layout.mapping().constants().containsKey(field);
    }

    public boolean isComplete() {
        return missingFields.isEmpty();
    }

    /** The header aliases a missing field was looked for under, for error messages. */
    public String describeMissing() {
        return describe(missingFields);
    }

    /** Fields by the header aliases they are looked for under: 'a' or 'b', 'c'. */
    String describe(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            List<String> aliases = layout.mapping().columns().getOrDefault(field, List.of(field));
            text.append('\'').append(String.join("' or '", aliases)).append('\'');
        }
        return text.toString();
    }
}
