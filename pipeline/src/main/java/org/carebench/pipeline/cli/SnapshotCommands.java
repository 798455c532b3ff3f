package org.carebench.pipeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.carebench.pipeline.warehouse.PinnedSnapshots;
import org.carebench.pipeline.warehouse.RunLog;
import org.carebench.pipeline.warehouse.SnapshotSummary;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseBusyException;

/**
 * status, history and rollback: what is published, what ran, and going back to an earlier snapshot.
 * They read the warehouse folder only (no job, no Spring context), so they answer at once.
 */
final class SnapshotCommands {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private SnapshotCommands() {}

    static int status(Warehouse warehouse, PrintStream out) throws IOException, SQLException {
        Optional<Path> current = warehouse.currentSnapshot();
        Optional<Path> orphan = warehouse.orphan();
        boolean busy = warehouse.isBusy();
        out.println("Warehouse: " + warehouse.directory() + (busy ? " (an import is running)" : ""));
        out.println("Current snapshot: "
                + current.map(path -> warehouse.directory().relativize(path).toString())
                        .orElse("none"));
        out.println("Snapshots kept, newest first (* = current):");
        List<Path> snapshots = warehouse.snapshots();
        Set<Path> pinned = PinnedSnapshots.of(warehouse.directory());
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            Path snapshot = snapshots.get(i);
            boolean isCurrent = current.map(snapshot::equals).orElse(false);
            String note = orphan.map(snapshot::equals).orElse(false)
                    ? (busy
                            ? "  being published"
                            : "  never made current (its import stopped while publishing); the next import removes it")
                    : pinned.contains(snapshot.normalize()) ? "  " + PinnedSnapshots.NOTE : "";
            TreeSet<String> releases = new TreeSet<>();
            SnapshotSummary.sources(snapshot).forEach(source -> {
                if (!source.release().equals("-")) {
                    releases.add(source.release());
                }
            });
            out.printf(
                    "%s %-24s %8s  %s  releases %s%s%n",
                    isCurrent ? "*" : " ",
                    snapshot.getFileName(),
                    megabytes(Files.size(snapshot)),
                    WHEN.format(Files.getLastModifiedTime(snapshot).toInstant()),
                    releases.isEmpty() ? "none" : String.join(", ", releases),
                    note);
        }
        if (current.isPresent()) {
            out.println("Files in the current snapshot:");
            for (SnapshotSummary.Source source : SnapshotSummary.sources(current.get())) {
                out.printf(
                        "  %-70s %-36s release %-6s %8d rows  %s%n",
                        source.file(), source.layout(), source.release(), source.rows(), source.loadedAt());
            }
        }
        return 0;
    }

    static int history(Warehouse warehouse, PrintStream out) throws IOException {
        boolean busy = warehouse.isBusy();
        List<RunLog.Run> runs = warehouse.runLog().runs();
        if (runs.isEmpty()) {
            out.println("No runs recorded in " + warehouse.directory());
        }
        for (RunLog.Run run : runs) {
            if (run.isNote()) {
                out.printf(
                        "%s  %s%n",
                        run.started(),
                        String.join(
                                "  ",
                                run.events()
                                        .get(0)
                                        .subList(3, run.events().get(0).size())));
                continue;
            }
            String outcome = run.finished()
                    ? String.join("  ", run.end().subList(3, run.end().size()))
                    : busy ? "running" : "stopped without finishing (killed?); the next import records it as failed";
            out.printf("%s  %-12s %s%n", run.started(), run.command(), outcome);
            for (List<String> event : run.events()) {
                if (event.get(2).equals(RunLog.FILE) || event.get(2).equals(RunLog.NOTE)) {
                    out.println("    " + String.join("  ", event.subList(3, event.size())));
                }
            }
        }
        return 0;
    }

    static int rollback(Warehouse warehouse, List<String> arguments, PrintStream out, PrintStream err)
            throws IOException {
        if (arguments.size() != 1) {
            err.println("rollback: name the snapshot to make current, e.g. snapshot-000002.duckdb");
            return CommandLine.USAGE;
        }
        Optional<Path> target = warehouse.snapshots().stream()
                .filter(path -> path.getFileName().toString().equals(arguments.get(0)))
                .findFirst();
        if (target.isEmpty()) {
            err.println("rollback: no snapshot named " + arguments.get(0) + " in " + warehouse.directory());
            return 1;
        }
        String from = warehouse
                .currentSnapshot()
                .map(path -> path.getFileName().toString())
                .orElse("none");
        try {
            warehouse.rollbackTo(target.get());
        } catch (WarehouseBusyException e) {
            err.println("rollback refused: " + e.getMessage());
            return 1;
        }
        RunLog log = warehouse.runLog();
        String run = log.start("rollback", arguments.get(0));
        log.append(
                run,
                RunLog.FINISHED,
                "succeeded",
                target.get().getFileName().toString(),
                "rolled back from " + from + " to " + target.get().getFileName());
        out.println("Current snapshot is now " + target.get().getFileName() + " (was " + from + ")");
        return 0;
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1_048_576.0);
    }
}
