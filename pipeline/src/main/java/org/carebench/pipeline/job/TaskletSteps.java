package org.carebench.pipeline.job;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** Both jobs are a few tasklet steps in a row, each calling one method of the run. */
public final class TaskletSteps {

    private TaskletSteps() {}

    /** name: the step's name, which is also its bean's name, so job history and configuration read alike. */
    public static Step step(
            String name, JobRepository repository, PlatformTransactionManager transactions, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).build();
    }
}
