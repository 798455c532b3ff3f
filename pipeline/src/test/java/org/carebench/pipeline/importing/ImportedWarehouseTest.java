package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineTestConfiguration;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A warehouse the real import job built once from {@link #inputs()}, for a class of assertions on it. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportedWarehouseTest {

    @TempDir
    static Path folder;
    @Autowired
    PipelineCommands commands;
    Warehouse warehouse;
    ImportOutcome outcome;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        PipelineTestConfiguration.register(registry);
    }

    /** The files and folders to import. */
    abstract List<String> inputs();

    @BeforeAll
    void importInputs() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        outcome = commands.importFiles(warehouse, inputs());
    }
}
