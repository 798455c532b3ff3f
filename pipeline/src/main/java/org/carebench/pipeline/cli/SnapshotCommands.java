package org.carebench.pipeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.carebench.pipeline.importing.ImportJobConfiguration;
import org.carebench.pipeline.job.RunParameters;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/** status, history and rollback: what is published, what ran, and going back to an earlier snapshot. */
@Component
class SnapshotCommands {

    private final JobExplorer explorer;

    SnapshotCommands(JobExplorer explorer) {
        this.explorer = explorer;
    }

    int status(Warehouse warehouse, PrintStream out) throws SQLException {
        Optional<Path> current = warehouse.currentSnapshot();
        out.println("Warehouse: " + warehouse.directory());
        out.println("Current snapshot: "
                + current.map(path -> warehouse.directory().relativize(path).toString())
                        .orElse("none"));
        if (current.isPresent()) {
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + current.get(), readOnly);
                    Statement statement = connection.createStatement();
                    ResultSet files = statement.executeQuery("SELECT s.file_name, s.layout, s.release, s.rows_loaded,"
                            + " s.loaded_at FROM source_file s ORDER BY s.id")) {
                while (files.next()) {
                    out.printf(
                            "  %-70s %-36s release %-6s %8d rows  %s%n",
                            files.getString(1),
                            files.getString(2),
                            files.getString(3),
                            files.getLong(4),
                            files.getTimestamp(5));
                }
            }
        }
        out.println("Snapshots kept: ");
        warehouse.snapshots().forEach(path -> out.println("  " + path.getFileName()));
        return 0;
    }

    int history(PrintStream out) {
        List<JobInstance> instances = explorer.getJobInstances(ImportJobConfiguration.JOB_NAME, 0, 50);
        for (JobInstance instance : instances) {
            for (JobExecution execution : explorer.getJobExecutions(instance)) {
                out.printf(
                        "%5d  %-9s  %s  %s  %s%n",
                        execution.getId(),
                        execution.getStatus(),
                        execution.getStartTime(),
                        execution.getExecutionContext().getString("published", "-"),
                        inputs(execution.getJobParameters().getString(RunParameters.INPUTS)));
            }
        }
        return 0;
    }

    private static String inputs(String manifest) {
        try {
            return String.join(" ", Files.readAllLines(Path.of(manifest)));
        } catch (IOException | RuntimeException e) {
            return "(inputs not recorded)";
        }
    }

    int rollback(Warehouse warehouse, List<String> arguments, PrintStream out, PrintStream err) throws Exception {
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
        warehouse.publish(target.get());
        out.println("Current snapshot is now " + target.get().getFileName());
        return 0;
    }
}
