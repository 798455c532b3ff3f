package org.carebench.pipeline.importing;

import static org.carebench.pipeline.job.TaskletSteps.step;

import java.io.IOException;
import java.nio.file.Path;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.job.RunParameters;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one generic import job: stage every file a definition recognises into a new snapshot, check
 * it, load the model, compute the answers the dashboard serves, publish. Any failure leaves the
 * current snapshot exactly as it was.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importJob";
    /** Job parameter: "true" when one failing file must fail the whole import. */
    public static final String ALL_OR_NOTHING = "allOrNothing";

    @Bean
    Job importJob(
            JobRepository repository,
            Step loadStagingStep,
            Step checkStep,
            Step loadModelStep,
            Step computeAnswersStep,
            Step publishStep,
            ImportJobListener listener) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(listener)
                .start(loadStagingStep)
                .next(checkStep)
                .next(loadModelStep)
                .next(computeAnswersStep)
                .next(publishStep)
                .build();
    }

    @Bean
    @JobScope
    ImportRun importRun(
            @Value("#{jobParameters['" + RunParameters.WAREHOUSE + "']}") String warehouse,
            @Value("#{jobParameters['" + RunParameters.INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + ALL_OR_NOTHING + "'] ?: 'false'}") String allOrNothing,
            Definitions definitions)
            throws IOException {
        return new ImportRun(
                new Warehouse(Path.of(warehouse)),
                RunParameters.inputs(inputs),
                definitions,
                Boolean.parseBoolean(allOrNothing));
    }

    @Bean
    Step loadStagingStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return step("loadStagingStep", repository, transactions, (contribution, context) -> {
            importRun.stageFiles(context.getStepContext().getStepExecution().getJobExecutionId());
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step checkStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return step("checkStep", repository, transactions, (contribution, context) -> {
            importRun.check();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step loadModelStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return step("loadModelStep", repository, transactions, (contribution, context) -> {
            importRun.load();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step computeAnswersStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return step("computeAnswersStep", repository, transactions, (contribution, context) -> {
            importRun.computeAnswers();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return step("publishStep", repository, transactions, (contribution, context) -> {
            importRun.publish();
            return RepeatStatus.FINISHED;
        });
    }
}
