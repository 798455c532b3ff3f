package org.carebench.pipeline.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One rule's findings in one table: the rows and children it flagged, with DfE's message for it. */
record RuleSummary(String rule, String table, String message, long rows, long children, boolean fatal) {

    /** Per rule and table, most rows first; a rule the pack does not hold keeps the finding's own words. */
    static List<RuleSummary> of(List<ValidationError> errors, RulePack pack) {
        Map<List<String>, List<ValidationError>> byRule = new LinkedHashMap<>();
        for (ValidationError error : errors) {
            byRule.computeIfAbsent(
                            java.util.Arrays.asList(error.rule(), Objects.requireNonNullElse(error.table(), "")),
                            key -> new ArrayList<>())
                    .add(error);
        }
        List<RuleSummary> summaries = new ArrayList<>();
        byRule.forEach((key, found) -> summaries.add(new RuleSummary(
                key.get(0),
                key.get(1),
                pack.rule(key.get(0))
                        .map(RulePack.Rule::message)
                        .orElse(found.get(0).message()),
                found.size(),
                found.stream()
                        .map(ValidationError::child)
                        .filter(Objects::nonNull)
                        .distinct()
                        .count(),
                found.stream().anyMatch(ValidationError::fatal))));
        summaries.sort(
                java.util.Comparator.comparingLong(RuleSummary::rows).reversed().thenComparing(RuleSummary::rule));
        return summaries;
    }
}
