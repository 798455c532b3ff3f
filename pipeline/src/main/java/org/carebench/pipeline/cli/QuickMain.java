package org.carebench.pipeline.cli;

import java.io.IOException;
import java.util.Arrays;
import org.carebench.pipeline.warehouse.SnapshotSummary;
import org.carebench.pipeline.warehouse.Warehouse;

/**
 * The quick path of {@link org.carebench.pipeline.QuickLauncher}: answers the commands that need
 * only the warehouse folder, with no library on the class path; returns -1 for anything that needs
 * the whole program (a job, DuckDB for export or for a snapshot published before summaries were kept).
 */
public final class QuickMain {

    public static final int NEEDS_THE_WHOLE_PROGRAM = -1;

    private QuickMain() {}

    public static int run(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(CommandLine.HELP);
            return 0;
        }
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            return NEEDS_THE_WHOLE_PROGRAM; // the whole program reports it in the one usual way
        }
        if (!command.light() || command.name().equals("export") || !summarised(command)) {
            return NEEDS_THE_WHOLE_PROGRAM;
        }
        try {
            return QuickCommands.run(command, System.out, System.err);
        } catch (RuntimeException | IOException e) {
            System.err.println("carebench-pipeline: " + e.getMessage());
            return 1;
        }
    }

    private static boolean summarised(CommandLine command) {
        if (!command.name().equals("status")) {
            return true;
        }
        Warehouse warehouse = new Warehouse(command.warehouse());
        return warehouse.snapshots().stream().allMatch(SnapshotSummary::exists);
    }
}
