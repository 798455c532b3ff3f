package org.carebench.pipeline.importing;

import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A warehouse the real import job built once from {@link #inputs()}, for a class of assertions on it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportedWarehouseTest extends PipelineJobTest {

    @TempDir
    static Path folder;

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;
    ImportOutcome outcome;

    /** The files and folders to import. */
    abstract List<String> inputs();

    @BeforeAll
    void importInputs() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        outcome = commands.importFiles(warehouse, inputs());
    }
}
