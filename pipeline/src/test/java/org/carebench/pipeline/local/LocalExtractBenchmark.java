package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A large authority's extract, 20,000 children and 60,000 episodes, imports in well under 10 seconds. */
class LocalExtractBenchmark extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    LocalCommands local;

    @Test
    void importsTwentyThousandChildrenInUnderTenSeconds() throws Exception {
        Path extract = SyntheticExtract.write(Path.of("target/local-benchmark"), 20_000);

        long started = System.nanoTime();
        LocalOutcome outcome = local.importExtract(
                new Warehouse(folder.resolve("warehouse")),
                "358",
                LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 30),
                // every figure computed despite the findings, so both costs are in the figure
                100.0,
                List.of(extract.toString()));
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(
                "Local extract of 20,000 children and 60,000 episodes imported in %.2f s%n%s%n",
                seconds, outcome.summary());
        outcome.figures().forEach(line -> System.out.println("  " + line));
        assertThat(outcome.exitCode()).as(outcome.summary()).isNotEqualTo(LocalOutcome.FAILED);
        assertThat(outcome.figures()).anyMatch(line -> line.startsWith("cla-count: "));
    }
}
