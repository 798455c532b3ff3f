package org.carebench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Job history for tests lives in a throw-away H2 file; definitions are the project's own jobs/. */
public final class PipelineTestConfiguration {

    private PipelineTestConfiguration() {
    }

    public static void register(DynamicPropertyRegistry registry) throws IOException {
        Path history = Files.createTempDirectory("carebench-history");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + history.resolve("jobs") + ";AUTO_SERVER=TRUE");
        registry.add("carebench.jobs", () -> System.getProperty("carebench.jobs", "../jobs"));
    }
}
