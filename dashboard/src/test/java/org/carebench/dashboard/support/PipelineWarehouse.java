package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A warehouse imported from the whole set of DfE's published reference files by the real pipeline, run as the command-line
 * tool operators run; built once per test JVM.
 */
public final class PipelineWarehouse {

    private static final int PUBLISHED_WITH_FILES_SET_ASIDE = 3;

    private static Path directory;

    /** The council whose own extract the warehouse holds, as local figures for the year ending 31 March 2018. */
    public static final String LOCAL_EXTRACT_LA = "355";

    private PipelineWarehouse() {}

    public static synchronized Path directory() {
        if (directory == null) {
            directory = importReferenceFiles();
        }
        return directory;
    }

    /**
     * Publishes a new snapshot with the same figures, by importing the council's extract again, as a
     * nightly run would: for measuring the first requests after a publish.
     */
    public static synchronized void publishAgain() throws IOException, InterruptedException {
        Path warehouse = directory();
        int exit = importLocalExtract(warehouse, warehouse.resolveSibling(warehouse.getFileName() + "-again.log"));
        if (exit != 0 && exit != PUBLISHED_WITH_FILES_SET_ASIDE) {
            throw new IllegalStateException("The second import of the local extract failed (exit " + exit + ")");
        }
    }

    /**
     * DfE's synthetic SSDA903 extract as Salford's own (355, a council no other page test reads), so
     * that its pages have local figures beside the published ones. The extract fails many of DfE's
     * rules, so every finding is accepted: the pages' handling of withheld figures is tested elsewhere.
     */
    private static int importLocalExtract(Path warehouse, Path log) throws IOException, InterruptedException {
        return PipelineImport.runLocal(
                warehouse,
                log,
                LOCAL_EXTRACT_LA,
                "2018-03-31",
                "ssda903/fake_data/fake_903.xml",
                "--error-tolerance-pct",
                "100");
    }

    private static Path importReferenceFiles() {
        try {
            Path warehouse = ProjectPaths.newTargetDirectory("pipeline-");
            Path log = warehouse.resolveSibling(warehouse.getFileName() + "-import.log");
            // DfE's authorities' characteristics file is not among the reference files: one in its layout.
            Path characteristics =
                    LaCharacteristicsFile.write(warehouse.resolveSibling(warehouse.getFileName() + "-written"));
            int exit = PipelineImport.run(
                    warehouse,
                    log,
                    List.of(
                            "dfe-cla",
                            "dfe-outcomes-cin-cla",
                            "population",
                            "la-codes/las.csv",
                            "la-codes/regions.csv",
                            "statistical-neighbours",
                            characteristics.toString()));
            // The pipeline's exit code 3 means published with some files set aside: still a warehouse
            // to read, and the figures the tests assert show whether what they need was loaded.
            if (exit == PUBLISHED_WITH_FILES_SET_ASIDE) {
                System.out.println("Pipeline import set files aside; see " + log);
            }
            boolean published = exit == 0 || exit == PUBLISHED_WITH_FILES_SET_ASIDE;
            if (published) {
                exit = importLocalExtract(warehouse, log);
                published = exit == 0 || exit == PUBLISHED_WITH_FILES_SET_ASIDE;
            }
            if (!published || !Files.isRegularFile(warehouse.resolve("current"))) {
                throw new IllegalStateException(
                        "Pipeline import failed (exit " + exit + "):\n" + Files.readString(log));
            }
            return warehouse;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the pipeline import", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }
}
