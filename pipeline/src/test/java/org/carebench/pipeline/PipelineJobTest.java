package org.carebench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the pipeline's Spring Batch jobs: the application as it runs, with its job history in a
 * throw-away H2 file and the project's own definitions in jobs/.
 */
@SpringBootTest
public abstract class PipelineJobTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path history = Files.createTempDirectory("carebench-history");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + history.resolve("jobs") + ";AUTO_SERVER=TRUE");
        registry.add("carebench.jobs", () -> System.getProperty("carebench.jobs", "../jobs"));
    }
}
