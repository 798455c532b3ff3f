package org.carebench.pipeline.local;

import static org.carebench.pipeline.job.TaskletSteps.step;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The local extract job: read a council's SSDA903 extract, validate it, compute the indicators, and
 * publish them in a new snapshot. Any failure leaves the current snapshot exactly as it was.
 */
@Configuration
public class LocalExtractJobConfiguration {

    public static final String JOB_NAME = "localExtractJob";
    public static final String AREA = "area";
    public static final String PERIOD_END = "periodEnd";
    public static final String EXTRACT_DATE = "extractDate";
    public static final String TOLERANCE = "errorTolerancePct";

    @Bean
    Job localExtractJob(
            JobRepository repository,
            Step readExtractStep,
            Step validateStep,
            Step computeIndicatorsStep,
            Step publishLocalFiguresStep,
            LocalExtractJobListener listener) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(listener)
                .start(readExtractStep)
                .next(validateStep)
                .next(computeIndicatorsStep)
                .next(publishLocalFiguresStep)
                .build();
    }

    @Bean
    @JobScope
    LocalExtractRun localExtractRun(
            @Value("#{jobParameters['" + RunParameters.WAREHOUSE + "']}") String warehouse,
            @Value("#{jobParameters['" + RunParameters.INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + AREA + "']}") String area,
            @Value("#{jobParameters['" + PERIOD_END + "']}") String periodEnd,
            @Value("#{jobParameters['" + EXTRACT_DATE + "']}") String extractDate,
            @Value("#{jobParameters['" + TOLERANCE + "']}") String tolerance,
            @Value("${carebench.local.error-tolerance-pct:5}") double tolerancePercent,
            Definitions definitions)
            throws IOException {
        LocalExtractRequest request = new LocalExtractRequest(
                RunParameters.inputs(inputs),
                area,
                date(periodEnd),
                date(extractDate),
                tolerance == null ? tolerancePercent : Double.parseDouble(tolerance));
        return new LocalExtractRun(new Warehouse(Path.of(warehouse)), request, definitions);
    }

    @Bean
    Step readExtractStep(
            JobRepository repository, PlatformTransactionManager transactions, LocalExtractRun localExtractRun) {
        return step("readExtractStep", repository, transactions, (contribution, context) -> {
            localExtractRun.read();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step validateStep(
            JobRepository repository, PlatformTransactionManager transactions, LocalExtractRun localExtractRun) {
        return step("validateStep", repository, transactions, (contribution, context) -> {
            localExtractRun.validate(context.getStepContext().getStepExecution().getJobExecutionId());
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step computeIndicatorsStep(
            JobRepository repository, PlatformTransactionManager transactions, LocalExtractRun localExtractRun) {
        return step("computeIndicatorsStep", repository, transactions, (contribution, context) -> {
            localExtractRun.computeIndicators();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step publishLocalFiguresStep(
            JobRepository repository, PlatformTransactionManager transactions, LocalExtractRun localExtractRun) {
        return step("publishLocalFiguresStep", repository, transactions, (contribution, context) -> {
            localExtractRun.publish(context.getStepContext().getStepExecution().getJobExecutionId());
            return RepeatStatus.FINISHED;
        });
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
