package org.carebench.pipeline.local;

import java.util.List;
import org.carebench.pipeline.job.JobFailures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * What cron needs from a local import: an exit code, one line saying what happened, and the figures.
 * 0 all figures published, 3 published with some withheld, 1 failed and nothing published.
 */
public record LocalOutcome(int exitCode, String summary, List<String> figures) {

    public static final int PUBLISHED = 0;
    public static final int FAILED = 1;
    public static final int PUBLISHED_WITH_FIGURES_WITHHELD = 3;

    public static LocalOutcome of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        List<String> figures = strings(context.get(LocalExtractJobListener.FIGURES));
        String details = context.getString(LocalExtractJobListener.SUMMARY, "");
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new LocalOutcome(
                    FAILED, "Local import failed, nothing published: " + JobFailures.reason(execution), figures);
        }
        List<String> withheld = strings(context.get(LocalExtractJobListener.WITHHELD));
        String published =
                "Local import published " + context.getString(LocalExtractJobListener.PUBLISHED) + ": " + details;
        if (!withheld.isEmpty()) {
            return new LocalOutcome(
                    PUBLISHED_WITH_FIGURES_WITHHELD,
                    published + "; " + withheld.size() + " figures withheld, first " + withheld.get(0),
                    figures);
        }
        return new LocalOutcome(PUBLISHED, published, figures);
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of();
    }
}
