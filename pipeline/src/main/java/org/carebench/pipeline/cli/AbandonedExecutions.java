package org.carebench.pipeline.cli;

import java.time.LocalDateTime;
import java.util.List;
import org.carebench.pipeline.importing.ImportJobConfiguration;
import org.carebench.pipeline.local.LocalExtractJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Job executions a killed process left STARTED in the job repository. Called only while holding the
 * warehouse's import lock, when no run can be in progress, so each is marked FAILED for good.
 */
@Component
class AbandonedExecutions {

    static final String REASON = "the run stopped without finishing (killed or power lost)";
    private final JobExplorer explorer;
    private final JobRepository repository;

    AbandonedExecutions(JobExplorer explorer, JobRepository repository) {
        this.explorer = explorer;
        this.repository = repository;
    }

    int markFailed() {
        int marked = 0;
        for (String job : List.of(ImportJobConfiguration.JOB_NAME, LocalExtractJobConfiguration.JOB_NAME)) {
            for (JobExecution execution : explorer.findRunningJobExecutions(job)) {
                LocalDateTime now = LocalDateTime.now();
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setExitStatus(ExitStatus.FAILED.addExitDescription(REASON));
                        step.setEndTime(now);
                        repository.update(step);
                    }
                }
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(REASON));
                execution.setEndTime(now);
                repository.update(execution);
                marked++;
            }
        }
        return marked;
    }
}
