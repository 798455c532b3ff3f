package org.carebench.pipeline.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.job.JobFailures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * What cron needs from an import: an exit code and one line saying what happened (on failure, why),
 * and which files were loaded, already held, set aside as unrecognised, or rejected for their own
 * faults (with the reason of each), for whoever files them away; completed is false when the run
 * itself failed (all-or-nothing, or an error of the warehouse's own), leaving the fate of the files open.
 */
public record ImportOutcome(
        int exitCode,
        String summary,
        List<String> loaded,
        List<String> alreadyLoaded,
        List<String> setAside,
        List<String> notData,
        Map<String, String> rejected,
        boolean completed) {

    public static final int LOADED = 0;
    public static final int FAILED = 1;
    public static final int PUBLISHED_WITH_FILES_SET_ASIDE = 3;

    public static ImportOutcome nothingToDo(String summary) {
        return new ImportOutcome(LOADED, summary, List.of(), List.of(), List.of(), List.of(), Map.of(), true);
    }

    public static ImportOutcome failed(String reason) {
        return new ImportOutcome(
                FAILED,
                "Import failed, nothing published: " + reason,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                false);
    }

    public static ImportOutcome of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        Object rejected = context.get(ImportJobListener.REJECTED);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (rejected instanceof Map<?, ?> map) {
            map.forEach((path, reason) -> reasons.put(String.valueOf(path), String.valueOf(reason)));
        }
        Summary summary = summarise(execution, context, reasons);
        return new ImportOutcome(
                summary.exitCode(),
                summary.text(),
                paths(context, ImportJobListener.LOADED_PATHS),
                paths(context, ImportJobListener.ALREADY_LOADED),
                paths(context, ImportJobListener.SET_ASIDE_PATHS),
                paths(context, ImportJobListener.NOT_DATA),
                reasons,
                execution.getStatus() == BatchStatus.COMPLETED);
    }

    private record Summary(int exitCode, String text) {}

    private static Summary summarise(JobExecution execution, ExecutionContext context, Map<String, String> rejected) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Summary(FAILED, "Import failed, nothing published: " + JobFailures.reason(execution));
        }
        List<?> setAside = (List<?>) context.get(ImportJobListener.SET_ASIDE);
        String counts = size(context.get(ImportJobListener.LOADED)) + " loaded, "
                + size(context.get(ImportJobListener.ALREADY_LOADED)) + " already loaded, " + size(setAside)
                + " set aside" + (rejected.isEmpty() ? "" : ", " + rejected.size() + " rejected");
        boolean published = context.containsKey(ImportJobListener.PUBLISHED);
        String what =
                published ? "published " + context.getString(ImportJobListener.PUBLISHED) : "nothing new to publish";
        String firstProblem = !rejected.isEmpty()
                ? rejected.values().iterator().next()
                : setAside != null && !setAside.isEmpty() ? String.valueOf(setAside.get(0)) : null;
        if (firstProblem == null) {
            return new Summary(LOADED, "Import " + what + " (" + counts + ")");
        }
        if (published) {
            return new Summary(PUBLISHED_WITH_FILES_SET_ASIDE, "Import " + what + " (" + counts + "): " + firstProblem);
        }
        return new Summary(FAILED, "Import failed, nothing published (" + counts + "): " + firstProblem);
    }

    private static List<String> paths(ExecutionContext context, String key) {
        List<?> values = (List<?>) context.get(key);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static int size(Object list) {
        return list instanceof List<?> values ? values.size() : 0;
    }
}
