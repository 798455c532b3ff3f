package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one generic import job: stage every file a definition recognises into a new snapshot, check
 * it, load the model, publish. Any failure leaves the current snapshot exactly as it was.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importJob";
    public static final String WAREHOUSE = "warehouse";
    /** A file listing the files and folders to import, one per line: a release can hold hundreds. */
    public static final String INPUTS = "inputs";

    @Bean
    Job importJob(JobRepository repository, Step loadStagingStep, Step checkStep, Step loadModelStep,
                  Step publishStep, ImportJobListener listener) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(listener)
                .start(loadStagingStep).next(checkStep).next(loadModelStep).next(publishStep)
                .build();
    }

    @Bean
    @JobScope
    ImportRun importRun(@Value("#{jobParameters['" + WAREHOUSE + "']}") String warehouse,
                        @Value("#{jobParameters['" + INPUTS + "']}") String inputs, Definitions definitions)
            throws IOException {
        return new ImportRun(new Warehouse(Path.of(warehouse)),
                Files.readAllLines(Path.of(inputs)).stream().filter(line -> !line.isBlank()).map(Path::of).toList(),
                definitions);
    }

    @Bean
    Step loadStagingStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return new StepBuilder("loadStagingStep", repository).tasklet((contribution, context) -> {
            importRun.stageFiles(context.getStepContext().getStepExecution().getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step checkStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return new StepBuilder("checkStep", repository).tasklet((contribution, context) -> {
            importRun.check();
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step loadModelStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return new StepBuilder("loadModelStep", repository).tasklet((contribution, context) -> {
            importRun.load();
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager transactions, ImportRun importRun) {
        return new StepBuilder("publishStep", repository).tasklet((contribution, context) -> {
            importRun.publish();
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
