package org.carebench.pipeline.cli;

import java.io.PrintStream;
import org.carebench.pipeline.warehouse.Warehouse;

/** The commands that run no job, answered from the warehouse folder alone, without Spring. */
public final class QuickCommands {

    private QuickCommands() {}

    public static int run(CommandLine command, PrintStream out, PrintStream err) throws Exception {
        Warehouse warehouse = new Warehouse(command.warehouse());
        return switch (command.name()) {
            case "status" -> SnapshotCommands.status(warehouse, out);
            case "history" -> SnapshotCommands.history(warehouse, out);
            case "rollback" -> SnapshotCommands.rollback(warehouse, command.arguments(), out, err);
            case "export" -> SnapshotExport.run(warehouse, command.arguments(), out, err);
            default -> throw new IllegalArgumentException("unknown command " + command.name());
        };
    }
}
