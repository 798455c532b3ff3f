package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.job.RunParameters;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * {@code import-local --la CODE [--period-end DATE | --rolling-end DATE] [--extract-date DATE]
 * [--error-tolerance-pct N] PATH...}:
 * a council's SSDA903 extract (a folder of CSV tables, the CSV files, or the XML return) or its
 * local-figures workbook; and {@code local-template}, the workbook to fill in.
 */
@Component
public class LocalCommands {

    private final JobLauncher launcher;
    private final Job localExtractJob;
    private final Definitions definitions;

    LocalCommands(JobLauncher launcher, Job localExtractJob, Definitions definitions) {
        this.launcher = launcher;
        this.localExtractJob = localExtractJob;
        this.definitions = definitions;
    }

    /** {@code local-template [--out FILE.xlsx]}: the local-figures workbook, by default in the warehouse folder. */
    public int writeTemplate(Warehouse warehouse, List<String> arguments, PrintStream out, PrintStream err)
            throws IOException {
        Path file = warehouse.localFiguresTemplate();
        if (arguments.size() == 2 && arguments.get(0).equals("--out")) {
            file = Path.of(arguments.get(1)).toAbsolutePath();
        } else if (!arguments.isEmpty()) {
            err.println("local-template: the only option is --out FILE.xlsx");
            return 2;
        }
        Files.createDirectories(file.getParent());
        LocalFiguresWorkbook.writeTemplate(file, definitions);
        out.println("Local-figures template written to " + file);
        return 0;
    }

    public LocalOutcome importExtract(
            Warehouse warehouse, String area, LocalDate periodEnd, LocalDate extractDate, List<String> paths)
            throws Exception {
        return importExtract(warehouse, area, periodEnd, extractDate, null, paths);
    }

    /** tolerancePercent, when given, replaces carebench.local.error-tolerance-pct for this import. */
    public LocalOutcome importExtract(
            Warehouse warehouse,
            String area,
            LocalDate periodEnd,
            LocalDate extractDate,
            Double tolerancePercent,
            List<String> paths)
            throws Exception {
        JobParametersBuilder parameters =
                RunParameters.of(warehouse, paths).addString(LocalExtractJobConfiguration.AREA, area);
        if (periodEnd != null) {
            parameters.addString(LocalExtractJobConfiguration.PERIOD_END, periodEnd.toString());
        }
        if (extractDate != null) {
            parameters.addString(LocalExtractJobConfiguration.EXTRACT_DATE, extractDate.toString());
        }
        if (tolerancePercent != null) {
            parameters.addString(LocalExtractJobConfiguration.TOLERANCE, tolerancePercent.toString());
        }
        return LocalOutcome.of(launcher.run(localExtractJob, parameters.toJobParameters()));
    }

    /** Parses the command's own options; returns the exit code. */
    public int importExtract(Warehouse warehouse, List<String> arguments, PrintStream out, PrintStream err)
            throws Exception {
        String area = null;
        LocalDate periodEnd = null;
        LocalDate extractDate = null;
        Double tolerance = null;
        List<String> paths = new ArrayList<>();
        try {
            for (int i = 0; i < arguments.size(); i++) {
                switch (arguments.get(i)) {
                    case "--la" -> area = value(arguments, ++i);
                    case "--period-end", "--rolling-end" -> periodEnd = LocalDate.parse(value(arguments, ++i));
                    case "--extract-date" -> extractDate = LocalDate.parse(value(arguments, ++i));
                    case "--error-tolerance-pct" -> tolerance = percent(value(arguments, ++i));
                    default -> paths.add(arguments.get(i));
                }
            }
            if (area == null || !area.matches("\\d{3}")) {
                throw new IllegalArgumentException("--la CODE (the authority's 3-digit DfE code) is required");
            }
            if (periodEnd != null) {
                ReportingPeriod.endingOn(periodEnd);
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException(
                        "give the extract (a folder of CSV tables, the CSV files, or the XML return) or a local-figures workbook");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("import-local: " + e.getMessage());
            return 2;
        }
        LocalOutcome outcome = importExtract(warehouse, area, periodEnd, extractDate, tolerance, paths);
        (outcome.exitCode() == LocalOutcome.FAILED ? err : out).println(outcome.summary());
        outcome.figures().forEach(line -> out.println("  " + line));
        return outcome.exitCode();
    }

    private static double percent(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported as a usage error below
        }
        throw new IllegalArgumentException("--error-tolerance-pct takes a percentage from 0 to 100, not " + text);
    }

    private static String value(List<String> arguments, int index) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(arguments.get(index - 1) + " needs a value");
        }
        return arguments.get(index);
    }
}
