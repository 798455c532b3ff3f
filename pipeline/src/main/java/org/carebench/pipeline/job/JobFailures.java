package org.carebench.pipeline.job;

import java.util.List;
import org.carebench.pipeline.warehouse.WarehouseBusyException;
import org.carebench.pipeline.warehouse.WarehouseWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;

/** How both jobs report a failed run: bad input or a busy warehouse in one line, anything else with its trace. */
public final class JobFailures {

    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

    private JobFailures() {}

    /** The first failure's own message, on one line: an expected failure says what a data team must know. */
    public static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "the job ended " + execution.getStatus();
        }
        Throwable failure = failures.get(0);
        while (!isExpected(failure) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Bad input explains itself in one line; anything else is a fault worth its stack trace. */
    public static void logUnexpected(JobExecution execution) {
        execution.getAllFailureExceptions().stream()
                .filter(failure -> !isExpected(failure))
                .forEach(failure -> log.error(
                        "{} failed unexpectedly", execution.getJobInstance().getJobName(), failure));
    }

    private static boolean isExpected(Throwable failure) {
        return failure instanceof RunFailure
                || failure instanceof WarehouseBusyException
                || failure instanceof WarehouseWriteException;
    }
}
