package org.carebench.pipeline.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.Warehouses;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A warehouse the real import job built from {@link #inputs()}, for a class of assertions on it.
 * Classes that import the same inputs share one import per test run (the whole reference set is
 * the slow one), so they must only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportedWarehouseTest extends PipelineJobTest {

    /** DfE's whole reference set as a data team would import it: every release, the legacy files, the code lists. */
    static final List<String> WHOLE_REFERENCE_SET = List.of(
            Warehouses.referencePath("dfe-cla"),
            Warehouses.referencePath("dfe-outcomes-cin-cla"),
            Warehouses.referencePath("population"),
            Warehouses.referencePath("la-codes/las.csv"),
            Warehouses.referencePath("la-codes/regions.csv"),
            Warehouses.referencePath("statistical-neighbours"),
            Warehouses.referencePath("legacy"));

    private record Imported(Warehouse warehouse, ImportOutcome outcome) {}

    private static final Map<List<String>, Imported> IMPORTED = new HashMap<>();

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;
    ImportOutcome outcome;

    /** The files and folders to import. */
    abstract List<String> inputs();

    @BeforeAll
    void importInputs() throws Exception {
        Imported imported;
        synchronized (IMPORTED) {
            imported = IMPORTED.get(inputs());
            if (imported == null) {
                Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "imported-");
                Warehouse fresh = new Warehouse(folder.resolve("warehouse"));
                imported = new Imported(fresh, commands.importFiles(fresh, inputs()));
                IMPORTED.put(inputs(), imported);
            }
        }
        warehouse = imported.warehouse();
        outcome = imported.outcome();
    }
}
