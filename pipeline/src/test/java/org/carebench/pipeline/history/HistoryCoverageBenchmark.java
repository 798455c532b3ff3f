package org.carebench.pipeline.history;

import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints, for one council, every headline indicator with the years it covers after importing the
 * whole reference set, with and without the pre-2020 files. Run with
 * {@code ./mvnw -B -pl pipeline verify -Pbenchmark -Dit.test=HistoryCoverageBenchmark}.
 */
class HistoryCoverageBenchmark extends PipelineJobTest {

    private static final List<String> RELEASES = List.of(
            "dfe-cla",
            "dfe-outcomes-cin-cla",
            "population",
            "la-codes/las.csv",
            "la-codes/regions.csv",
            "statistical-neighbours");

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void yearsCoveredForOneCouncil() throws Exception {
        String area = System.getProperty("carebench.coverage.la", "358");
        measure("EES releases only", folder.resolve("releases"), RELEASES, area);
        List<String> withLegacy = new java.util.ArrayList<>(RELEASES);
        withLegacy.add("legacy");
        measure("EES releases and legacy files", folder.resolve("legacy"), withLegacy, area);
    }

    private void measure(String label, Path directory, List<String> inputs, String area) throws Exception {
        Warehouse warehouse = new Warehouse(directory);
        ImportOutcome outcome = commands.importFiles(
                warehouse, inputs.stream().map(name -> referencePath(name)).toList());
        System.out.printf("%nBENCHMARK years covered for LA %s, %s (%s)%n", area, label, outcome.summary());
        if (warehouse.currentSnapshot().isPresent()) {
            System.out.print(HistoryCoverage.describe(HistoryCoverage.years(warehouse, area)));
        }
    }
}
