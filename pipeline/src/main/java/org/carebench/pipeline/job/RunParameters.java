package org.carebench.pipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseWriteException;
import org.springframework.batch.core.JobParametersBuilder;

/**
 * The parameters every job starts with: the warehouse folder and the paths it was given. The paths
 * go in a file, one per line, because a release can hold hundreds, more than a job parameter holds.
 */
public final class RunParameters {

    public static final String WAREHOUSE = "warehouse";
    /** A file listing the files and folders to import, one absolute path per line. */
    public static final String INPUTS = "inputs";

    private RunParameters() {}

    public static JobParametersBuilder of(Warehouse warehouse, List<String> paths) throws IOException {
        long now = System.currentTimeMillis();
        Path inputs = warehouse.inputLists().resolve(now + ".txt");
        try {
            Files.createDirectories(inputs.getParent());
            Files.write(
                    inputs,
                    paths.stream()
                            .map(path ->
                                    Path.of(path).toAbsolutePath().normalize().toString())
                            .toList());
        } catch (IOException e) {
            throw new WarehouseWriteException(inputs, e);
        }
        return new JobParametersBuilder()
                .addString(WAREHOUSE, warehouse.directory().toString())
                .addString(INPUTS, inputs.toString())
                .addLong("run.at", now);
    }

    public static List<Path> inputs(String inputsFile) throws IOException {
        return Files.readAllLines(Path.of(inputsFile)).stream()
                .filter(line -> !line.isBlank())
                .map(Path::of)
                .toList();
    }
}
