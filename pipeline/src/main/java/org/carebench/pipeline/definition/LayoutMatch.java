package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Map;

/**
 * A layout recognised in a file's header row: which column index holds each field, and which
 * required fields no header provided (the file is then rejected, naming them).
 */
public record LayoutMatch(Layout layout, Map<String, Integer> fieldColumns, List<String> missingFields) {

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
