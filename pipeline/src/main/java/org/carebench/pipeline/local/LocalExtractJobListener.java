package org.carebench.pipeline.local;

import java.util.ArrayList;
import org.carebench.pipeline.job.JobFailures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** Cleans up after a failed local import and keeps what it did in the job's history. */
@Component
class LocalExtractJobListener implements JobExecutionListener {

    static final String FIGURES = "figures";
    static final String WITHHELD = "withheld";
    static final String PUBLISHED = "published";
    static final String SUMMARY = "summary";

    private final LocalExtractRun localExtractRun;

    LocalExtractJobListener(LocalExtractRun localExtractRun) {
        this.localExtractRun = localExtractRun;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            localExtractRun.abandon(JobFailures.reason(execution));
            JobFailures.logUnexpected(execution);
        }
        LocalExtractReport report = localExtractRun.report();
        ExecutionContext context = execution.getExecutionContext();
        context.put(FIGURES, new ArrayList<>(report.figureLines()));
        context.put(WITHHELD, new ArrayList<>(report.withheld()));
        context.putString(
                SUMMARY,
                report.period + ", " + report.release + "; " + report.validationSummary
                        + (report.validationReport == null
                                ? ""
                                : " (" + report.validationReport
                                        + (report.validationWorkbook == null ? "" : ", " + report.validationWorkbook)
                                        + ")"));
        if (report.published() != null) {
            context.putString(PUBLISHED, report.published());
        }
    }
}
