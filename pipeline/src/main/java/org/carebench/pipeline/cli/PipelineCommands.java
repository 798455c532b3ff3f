package org.carebench.pipeline.cli;

import java.io.PrintStream;
import java.util.List;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.job.RunParameters;
import org.carebench.pipeline.local.LocalCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/** The command-line operations a data team runs, by hand or from cron. */
@Component
public class PipelineCommands {

    private final JobLauncher launcher;
    private final Job importJob;
    private final SnapshotCommands snapshots;
    private final LocalCommands local;

    PipelineCommands(JobLauncher launcher, Job importJob, SnapshotCommands snapshots, LocalCommands local) {
        this.launcher = launcher;
        this.importJob = importJob;
        this.snapshots = snapshots;
        this.local = local;
    }

    public int run(CommandLine command, PrintStream out, PrintStream err) throws Exception {
        Warehouse warehouse = new Warehouse(command.warehouse());
        return switch (command.name()) {
            case "import" -> importFiles(warehouse, command.arguments(), out, err);
            case "status" -> snapshots.status(warehouse, out);
            case "history" -> snapshots.history(out);
            case "rollback" -> snapshots.rollback(warehouse, command.arguments(), out, err);
            case "schedule" -> 0;
            case "import-local" -> local.importExtract(warehouse, command.arguments(), out, err);
            case "local-template" -> local.writeTemplate(warehouse, command.arguments(), out, err);
            default -> throw new IllegalArgumentException("unknown command " + command.name());
        };
    }

    public ImportOutcome importFiles(Warehouse warehouse, List<String> paths) throws Exception {
        JobExecution execution =
                launcher.run(importJob, RunParameters.of(warehouse, paths).toJobParameters());
        return ImportOutcome.of(execution);
    }

    private int importFiles(Warehouse warehouse, List<String> paths, PrintStream out, PrintStream err)
            throws Exception {
        if (paths.isEmpty()) {
            err.println("import: give at least one file or folder to import");
            return CommandLine.USAGE;
        }
        ImportOutcome outcome = importFiles(warehouse, paths);
        (outcome.exitCode() == ImportOutcome.LOADED ? out : err).println(outcome.summary());
        return outcome.exitCode();
    }
}
