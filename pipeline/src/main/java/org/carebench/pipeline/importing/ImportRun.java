package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.carebench.pipeline.changes.ChangeReport;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.carebench.pipeline.warehouse.CrashTestPause;
import org.carebench.pipeline.warehouse.Schema;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseWriteException;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import, from the files given to a published snapshot. The job's steps call it in order; all
 * writes go to a new snapshot file, which becomes current only in {@link #publish()}.
 */
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final Warehouse warehouse;
    private final List<Path> inputs;
    private final Definitions definitions;
    private final LayoutMatcher matcher;
    private final ImportReport report = new ImportReport();
    private final RejectedFiles rejected = new RejectedFiles(report.rejected);
    private final boolean allOrNothing;
    private long jobExecutionId;
    private final List<StagedFile> staged = new ArrayList<>();
    private final TableNames tableNames = new TableNames();
    private Path snapshot;
    /** The current snapshot was written by an earlier build and its copy has been migrated. */
    private boolean upgraded;

    private DuckDBConnection connection;
    private Path changesCsv;

    /** allOrNothing: one failing file fails the whole import, as it did before files were rejected one by one. */
    public ImportRun(Warehouse warehouse, List<Path> inputs, Definitions definitions, boolean allOrNothing) {
        this.warehouse = warehouse;
        this.allOrNothing = allOrNothing;
        this.inputs = inputs;
        this.definitions = definitions;
        this.matcher = new LayoutMatcher(definitions.layouts());
    }

    /** Opens a new snapshot and copies every new, recognised data file into a staging table. */
    public void stageFiles(long jobExecutionId) throws IOException, SQLException {
        try {
            stageAll(jobExecutionId);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    private void stageAll(long jobExecutionId) throws IOException, SQLException {
        this.jobExecutionId = jobExecutionId;
        List<InputFiles.Input> files = InputFiles.expand(inputs);
        snapshot = warehouse.prepareNextSnapshot();
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + snapshot);
        upgraded = Schema.migrate(connection);
        if (upgraded) {
            log.info("Upgraded a copy of the current snapshot to this build's tables; it is published even if"
                    + " nothing new is loaded");
        }
        new FileStaging(definitions, matcher, report, rejected, tableNames, staged, allOrNothing)
                .stageAll(connection, files, SourceFiles.checksums(connection));
    }

    /**
     * Runs every check; rejected rows go to a CSV beside the job's log, and each file with one is
     * rejected (or, all-or-nothing, the import fails). What remains is checked again, because a
     * rejected file (a code list) may have vouched for the others.
     */
    public void check() throws IOException, SQLException {
        try {
            checkAll();
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    private void checkAll() throws SQLException {
        long started = System.nanoTime();
        Path rejectsLog = warehouse.rejectsLog(jobExecutionId);
        List<Reject> all = new ArrayList<>();
        List<Reject> rejects = new Checks(connection, definitions, staged).run();
        while (!rejects.isEmpty()) {
            all.addAll(rejects);
            Rejects.write(rejectsLog, all);
            List<StagedFile> remaining = allOrNothing ? new ArrayList<>(staged) : staged;
            if (!rejected.rejectFailing(connection, remaining, rejects, rejectsLog) || allOrNothing) {
                throw new ImportFailure(RejectedFiles.describe(rejects, rejectsLog));
            }
            rejects = staged.isEmpty() ? List.of() : new Checks(connection, definitions, staged).run();
        }
        log.info("Checked {} files in {} ms", staged.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Maps staged rows into the model tables of the new snapshot. */
    public void load() throws SQLException {
        long started = System.nanoTime();
        ChangeReport.captureBefore(connection);
        try {
            new ModelLoader(connection, definitions, jobExecutionId).load(staged);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
        reportChanges();
        CrashTestPause.at("loading");
        log.info("Loaded {} files into the model in {} ms", staged.size(), (System.nanoTime() - started) / 1_000_000);
        for (StagedFile file : staged) {
            report.loaded.add(file.where() + " as " + file.layout().name() + " (" + file.rows() + " rows)");
            if (!report.loadedPaths.contains(file.path().toString())) {
                report.loadedPaths.add(file.path().toString());
            }
        }
    }

    /** Computes every comparison the dashboard serves from the loaded figures, inside the new snapshot. */
    public void computeAnswers() throws SQLException {
        if (staged.isEmpty() && !upgraded) {
            return;
        }
        long started = System.nanoTime();
        try {
            Answers.compute(connection, definitions);
        } catch (SQLException e) {
            throw writeFailure(e);
        }
        log.info("Computed the answers in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The change report goes into the snapshot, and beside the logs once the snapshot is published. */
    private void reportChanges() throws SQLException {
        long started = System.nanoTime();
        String release = ChangeReport.record(connection, jobExecutionId);
        if (release == null) {
            return;
        }
        log.info("Compared with the figures current before in {} ms", (System.nanoTime() - started) / 1_000_000);
        changesCsv = warehouse.changesLog(release, jobExecutionId);
        try {
            ChangeReport.writeCsv(connection, jobExecutionId, unpublished(changesCsv));
        } catch (IOException e) {
            throw new ImportFailure("cannot write the change report " + changesCsv + ": " + e.getMessage());
        }
    }

    private static Path unpublished(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /**
     * Makes the new snapshot current, unless there was nothing new to load. A snapshot written by an
     * earlier build is published upgraded even then, so that the dashboard finds the tables it reads
     * (the answers computed at publish) without waiting for DfE's next release.
     */
    public void publish() throws IOException, SQLException {
        try {
            connection.createStatement().execute("CHECKPOINT");
        } catch (SQLException e) {
            throw writeFailure(e);
        }
        connection.close();
        connection = null;
        if (staged.isEmpty() && !upgraded) {
            warehouse.discard(snapshot);
            return;
        }
        RawArchive.keep(warehouse, staged);
        report.published =
                warehouse.directory().relativize(warehouse.publish(snapshot)).toString();
        log.info("Published {}", report.published);
        if (changesCsv != null) {
            Files.move(unpublished(changesCsv), changesCsv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            log.info("Changes since the last import written to {}", changesCsv);
        }
    }

    /**
     * DuckDB's error when the new snapshot cannot be written (disk full, permission refused) names
     * the snapshot, never an input file; anything else is passed on as it is.
     */
    private SQLException writeFailure(SQLException e) {
        if (WarehouseWriteException.isDiskOrPermission(e.getMessage())) {
            throw new WarehouseWriteException(snapshot, e);
        }
        return e;
    }

    public ImportReport report() {
        return report;
    }

    /** After a failure: the new snapshot is dropped and the current one is left exactly as it was. */
    public void abandon(String reason) {
        report.failure = reason;
        try {
            if (connection != null) {
                connection.close();
            }
            if (snapshot != null) {
                warehouse.discard(snapshot);
            }
            if (changesCsv != null) {
                Files.deleteIfExists(unpublished(changesCsv));
            }
        } catch (IOException | SQLException e) {
            log.warn("Could not remove the unpublished snapshot {}: {}", snapshot, e.getMessage());
        }
    }
}
