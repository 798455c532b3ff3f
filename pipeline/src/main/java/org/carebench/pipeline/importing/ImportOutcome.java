package org.carebench.pipeline.importing;

import java.util.List;
import org.carebench.pipeline.job.JobFailures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * What cron needs from an import: an exit code and one line saying what happened (on failure, why),
 * and which files were loaded, already held, or set aside, for whoever files them away.
 */
public record ImportOutcome(
        int exitCode,
        String summary,
        List<String> loaded,
        List<String> alreadyLoaded,
        List<String> setAside,
        List<String> notData) {

    public static final int LOADED = 0;
    public static final int FAILED = 1;
    public static final int PUBLISHED_WITH_FILES_SET_ASIDE = 3;

    public static ImportOutcome of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        Summary summary = summarise(execution, context);
        return new ImportOutcome(
                summary.exitCode(),
                summary.text(),
                paths(context, ImportJobListener.LOADED_PATHS),
                paths(context, ImportJobListener.ALREADY_LOADED),
                paths(context, ImportJobListener.SET_ASIDE_PATHS),
                paths(context, ImportJobListener.NOT_DATA));
    }

    private record Summary(int exitCode, String text) {}

    private static Summary summarise(JobExecution execution, ExecutionContext context) {
        List<?> setAside = (List<?>) context.get(ImportJobListener.SET_ASIDE);
        List<?> loaded = (List<?>) context.get(ImportJobListener.LOADED);
        List<?> already = (List<?>) context.get(ImportJobListener.ALREADY_LOADED);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Summary(FAILED, "Import failed, nothing published: " + JobFailures.reason(execution));
        }
        String published = context.containsKey(ImportJobListener.PUBLISHED)
                ? "published " + context.getString(ImportJobListener.PUBLISHED)
                : "nothing new to publish";
        String counts =
                size(loaded) + " loaded, " + size(already) + " already loaded, " + size(setAside) + " set aside";
        if (setAside != null && !setAside.isEmpty()) {
            boolean anyPublished = context.containsKey(ImportJobListener.PUBLISHED);
            return new Summary(
                    anyPublished ? PUBLISHED_WITH_FILES_SET_ASIDE : FAILED,
                    (anyPublished ? "Import " : "Import failed, ") + published + " (" + counts + "): "
                            + setAside.get(0));
        }
        return new Summary(LOADED, "Import " + published + " (" + counts + ")");
    }

    private static List<String> paths(ExecutionContext context, String key) {
        List<?> values = (List<?>) context.get(key);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
