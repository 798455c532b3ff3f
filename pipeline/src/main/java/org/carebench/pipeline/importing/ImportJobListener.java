package org.carebench.pipeline.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.carebench.pipeline.job.JobFailures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Cleans up after a failed import and keeps what happened to each file in the job's history, where
 * the command line and the {@code history} command read it.
 */
@Component
class ImportJobListener implements JobExecutionListener {

    static final String LOADED = "loaded";
    static final String ALREADY_LOADED = "alreadyLoaded";
    static final String NOT_DATA = "notData";
    static final String SET_ASIDE = "setAside";
    static final String PUBLISHED = "published";
    static final String LOADED_PATHS = "loadedPaths";
    static final String SET_ASIDE_PATHS = "setAsidePaths";
    static final String REJECTED = "rejected";

    private final ImportRun importRun;
    private final JobRepository repository;

    ImportJobListener(ImportRun importRun, JobRepository repository) {
        this.importRun = importRun;
        this.repository = repository;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            importRun.abandon(JobFailures.reason(execution));
            JobFailures.logUnexpected(execution);
        }
        ImportReport report = importRun.report();
        ExecutionContext context = execution.getExecutionContext();
        context.put(LOADED, new ArrayList<>(report.loaded()));
        context.put(ALREADY_LOADED, new ArrayList<>(report.alreadyLoaded()));
        context.put(NOT_DATA, new ArrayList<>(report.notData()));
        context.put(SET_ASIDE, new ArrayList<>(report.setAside()));
        context.put(LOADED_PATHS, new ArrayList<>(report.loadedPaths));
        context.put(SET_ASIDE_PATHS, new ArrayList<>(report.setAsidePaths));
        context.put(REJECTED, new LinkedHashMap<>(report.rejected()));
        if (report.published() != null) {
            context.putString(PUBLISHED, report.published());
        }
        // the job's own context is saved before this listener runs; history needs what it added
        repository.updateExecutionContext(execution);
    }
}
