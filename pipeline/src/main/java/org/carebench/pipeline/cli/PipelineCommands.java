package org.carebench.pipeline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.importing.ImportJobConfiguration;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.job.RunParameters;
import org.carebench.pipeline.local.LocalCommands;
import org.carebench.pipeline.warehouse.RunLog;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * The command-line operations that run a job, by hand or from cron. Each run is recorded in the
 * warehouse's run log; before it starts, runs a killed process left unfinished are recorded as
 * failed, and after it publishes, snapshots beyond carebench.snapshots.keep are removed.
 */
@Component
public class PipelineCommands {

    private final JobLauncher launcher;
    private final Job importJob;
    private final LocalCommands local;
    private final AbandonedExecutions abandoned;

    PipelineCommands(JobLauncher launcher, Job importJob, LocalCommands local, AbandonedExecutions abandoned) {
        this.launcher = launcher;
        this.importJob = importJob;
        this.local = local;
        this.abandoned = abandoned;
    }

    public int run(CommandLine command, PrintStream out, PrintStream err) throws Exception {
        Warehouse warehouse = new Warehouse(command.warehouse());
        return switch (command.name()) {
            case "import" -> importFiles(warehouse, command, out, err);
            case "schedule" -> 0;
            case "import-local" ->
                recorded(warehouse, command, () -> local.importExtract(warehouse, command.arguments(), out, err));
            case "local-template" -> local.writeTemplate(warehouse, command.arguments(), out, err);
            default -> throw new IllegalArgumentException("unknown command " + command.name());
        };
    }

    /** Imports and records the run; allOrNothing: one failing file fails them all. */
    public ImportOutcome importFiles(Warehouse warehouse, List<String> paths, boolean allOrNothing, int keep)
            throws Exception {
        recoverAbandoned(warehouse);
        RunLog log = warehouse.runLog();
        String run = log.start("import", String.join(" ", paths));
        ImportOutcome outcome = ImportOutcome.failed("the import stopped with an unexpected error");
        try {
            JobExecution execution = launcher.run(
                    importJob,
                    RunParameters.of(warehouse, paths)
                            .addString(ImportJobConfiguration.ALL_OR_NOTHING, Boolean.toString(allOrNothing))
                            .toJobParameters());
            outcome = ImportOutcome.of(execution);
            return outcome;
        } finally {
            record(log, run, outcome);
            prune(warehouse, keep, log, run);
        }
    }

    public ImportOutcome importFiles(Warehouse warehouse, List<String> paths) throws Exception {
        return importFiles(warehouse, paths, false, 10);
    }

    private int importFiles(Warehouse warehouse, CommandLine command, PrintStream out, PrintStream err)
            throws Exception {
        if (command.arguments().isEmpty()) {
            err.println("import: give at least one file or folder to import");
            return CommandLine.USAGE;
        }
        ImportOutcome outcome = importFiles(
                warehouse, command.arguments(), command.switches().contains("--all-or-nothing"), keep(command));
        (outcome.exitCode() == ImportOutcome.LOADED ? out : err).println(outcome.summary());
        return outcome.exitCode();
    }

    static int keep(CommandLine command) {
        String keep = command.setting(Settings.KEEP, "10");
        try {
            return Integer.parseInt(keep.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    Settings.KEEP + " must be a whole number of snapshots, not '" + keep + "'");
        }
    }

    interface JobCommand {
        int run() throws Exception;
    }

    private int recorded(Warehouse warehouse, CommandLine command, JobCommand job) throws Exception {
        recoverAbandoned(warehouse);
        RunLog log = warehouse.runLog();
        String run = log.start(command.name(), String.join(" ", command.arguments()));
        int exit = 1;
        try {
            exit = job.run();
            return exit;
        } finally {
            log.append(
                    run,
                    RunLog.FINISHED,
                    exit == 0 ? "succeeded" : exit == 3 ? "partly" : "failed",
                    "-",
                    "exit " + exit);
            prune(warehouse, keep(command), log, run);
        }
    }

    private void recoverAbandoned(Warehouse warehouse) throws java.io.IOException {
        warehouse.whenIdle("the next run", abandoned::markFailed);
    }

    private static void record(RunLog log, String run, ImportOutcome outcome) {
        outcome.loaded().forEach(path -> log.append(run, RunLog.FILE, "loaded", path));
        outcome.alreadyLoaded().forEach(path -> log.append(run, RunLog.FILE, "already loaded", path));
        outcome.setAside()
                .forEach(path -> log.append(run, RunLog.FILE, "set aside", path, "no definition recognises it"));
        for (Map.Entry<String, String> rejected : outcome.rejected().entrySet()) {
            log.append(run, RunLog.FILE, "rejected", rejected.getKey(), rejected.getValue());
        }
        String result = switch (outcome.exitCode()) {
            case ImportOutcome.LOADED -> "succeeded";
            case ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE -> "partly";
            default -> "failed";
        };
        log.append(run, RunLog.FINISHED, result, published(outcome.summary()), outcome.summary());
    }

    private static String published(String summary) {
        java.util.regex.Matcher name =
                java.util.regex.Pattern.compile("published (snapshots/\\S+)").matcher(summary);
        return name.find() ? name.group(1) : "-";
    }

    private static void prune(Warehouse warehouse, int keep, RunLog log, String run) throws java.io.IOException {
        warehouse.whenIdle("the next run", () -> {
            List<String> removed = warehouse.prune(keep);
            if (!removed.isEmpty()) {
                log.append(
                        run,
                        RunLog.NOTE,
                        "removed " + String.join(", ", removed) + " (keeping the newest " + keep + ")");
            }
        });
    }
}
