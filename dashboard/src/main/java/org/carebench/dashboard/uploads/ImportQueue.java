package org.carebench.dashboard.uploads;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * One pipeline run at a time, in the order asked for: the pipeline holds one lock per warehouse, so
 * running two at once would only make the second fail.
 */
@Component
class ImportQueue {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "carebench-imports");
        thread.setDaemon(true);
        return thread;
    });

    Future<?> submit(Runnable work) {
        return worker.submit(work);
    }

    /** Runs the work after whatever is queued, and waits for it (a rollback, while no import runs). */
    <T> T runAndWait(Callable<T> work) throws Exception {
        try {
            return worker.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
