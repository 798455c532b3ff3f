package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.stream.XMLStreamException;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.ExtractDefinition;
import org.carebench.pipeline.definition.LocalIndicators;
import org.carebench.pipeline.warehouse.Warehouse;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of a council's SSDA903 extract (or its local-figures workbook). The children's records
 * are held only in an in-memory database for the length of the run; only the figures reach the warehouse, in a new snapshot that
 * becomes current in {@link #publish(long)} and only then.
 */
public class LocalExtractRun {

    private static final Logger log = LoggerFactory.getLogger(LocalExtractRun.class);

    private final Warehouse warehouse;
    private final LocalExtractRequest request;
    private final ExtractDefinition spec;
    private final LocalIndicators catalogue;
    private final Definitions definitions;
    private final LocalExtractReport report = new LocalExtractReport();
    private DuckDBConnection connection;
    private ExtractStager stager;
    private ExtractInput input;
    private ValidationReport validation;
    private RulePack pack;
    private List<FigureRuleCheck> checks = List.of();
    private ReportingPeriod period;
    private LocalDate extractDate;
    private LocalSnapshot snapshot;
    private LocalFiguresWorkbook.Contents workbook;
    private CompletableFuture<Void> reportsWritten;
    private LastYearsReturn lastYear = LastYearsReturn.none();

    /** One thread writes reports for every run: a second import queues behind it rather than competing. */
    private static final ExecutorService REPORT_WRITER = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "validation-reports");
        thread.setDaemon(true);
        return thread;
    });

    LocalExtractRun(Warehouse warehouse, LocalExtractRequest request, Definitions definitions) {
        this.warehouse = warehouse;
        this.request = request;
        this.spec = definitions.extract();
        this.catalogue = definitions.localIndicators();
        this.definitions = definitions;
    }

    void read() throws IOException, SQLException, XMLStreamException {
        long started = System.nanoTime();
        input = ExtractInput.of(request.paths());
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        if (input.form() == ExtractInput.Form.WORKBOOK) {
            readWorkbook();
            return;
        }
        stager = new ExtractStager(spec, connection);
        stager.createTables();
        for (Path file : input.files()) {
            if (input.form() == ExtractInput.Form.XML) {
                new XmlExtractReader(spec).read(file, connection);
                stager.stagedFromXml(file);
            } else {
                stager.stageCsv(file);
            }
        }
        extractDate = request.extractDate() != null ? request.extractDate() : stager.latestEpisodeDate();
        period = request.periodEnd() != null
                ? ReportingPeriod.endingOn(request.periodEnd())
                : ReportingPeriod.lastStatutoryYearBy(extractDate);
        lastYear = LastYearsReturn.stage(
                warehouse, connection, spec, request.areaCode(), ReportingPeriod.statutoryYear(period.year()));
        report.release = "local extract " + extractDate;
        report.period = period.describe();
        log.info(
                "Read {} ({}), {}, in {} ms",
                input.name(),
                report.release,
                report.period,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Figures a council keeps that no return carries; the date it is imported stands for the extract's. */
    private void readWorkbook() throws IOException {
        workbook = LocalFiguresWorkbook.read(input.files().get(0), definitions);
        extractDate = request.extractDate() != null ? request.extractDate() : LocalDate.now();
        report.release = "local extract " + extractDate + " (workbook)";
        report.period = "periods as the workbook gives them";
        workbook.figures()
                .forEach(figure -> report.figures.add(new LocalFigure(figure.indicatorId(), figure.value(), 0, null)));
        workbook.errors().forEach(error -> report.figures.add(LocalFigure.withheld(error.field(), error.message())));
    }

    /** Writes the validation report; a fatal finding stops the import here. */
    void validate(long jobExecutionId) throws IOException, SQLException {
        long started = System.nanoTime();
        List<ValidationError> errors = new ArrayList<>(workbook != null ? workbook.errors() : stager.problems());
        pack = RulePack.forYear(workbook != null ? LocalDate.now().getYear() : period.year());
        List<String> notes = new ArrayList<>();
        if (workbook == null) {
            ExtractValidator validator = new ExtractValidator(
                    spec, connection, request.tolerancePercent(), pack, ReportingPeriod.statutoryYear(period.year()));
            errors.addAll(validator.validate(table -> stager.holds(table) || lastYear.holds(table)));
            notes.addAll(stager.skipped());
            notes.addAll(validator.notRun());
            log.info(
                    "Rules checked in {} ms; slowest: {}",
                    (System.nanoTime() - started) / 1_000_000,
                    String.join(", ", validator.slowest(8)));
        }
        validation = new ValidationReport(errors);
        List<RuleSummary> rules = RuleSummary.of(errors, pack);
        report.validationReport = warehouse.validationLog(jobExecutionId);
        report.validationWorkbook = warehouse.validationWorkbook(jobExecutionId);
        reportsWritten = writeReports(rules);
        report.rules = rules;
        report.notes = notes;
        log.info(
                "Validated with {}: {} findings in {} ms",
                pack.describe(),
                errors.size(),
                (System.nanoTime() - started) / 1_000_000);
        report.validationSummary = validation.summary() + " (" + pack.describe() + ")"
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        List<ValidationError> fatal = validation.fatal();
        if (!fatal.isEmpty()) {
            awaitReports();
            throw new LocalImportFailure(
                    "the extract cannot be used: " + fatal.get(0).describe()
                            + (fatal.size() > 1 ? " (and " + (fatal.size() - 1) + " more fatal findings)" : "")
                            + "; validation report " + report.validationReport);
        }
    }

    /**
     * The CSV and the workbook are written while the figures are computed: tens of thousands of
     * findings take seconds to write, and nothing but the data team reads them. The run waits for
     * them before it publishes or gives up, so a finished run always has both.
     */
    private CompletableFuture<Void> writeReports(List<RuleSummary> rules) {
        String heading = input.name() + ": " + report.period + ", validated with " + pack.describe();
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        long started = System.nanoTime();
                        validation.write(report.validationReport);
                        ValidationWorkbook.write(
                                report.validationWorkbook,
                                validation.errors(),
                                rules,
                                heading,
                                report.validationReport);
                        log.info(
                                "Validation CSV and workbook written in {} ms",
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                REPORT_WRITER);
    }

    private void awaitReports() throws IOException {
        if (reportsWritten == null) {
            return;
        }
        try {
            reportsWritten.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    void computeIndicators() throws IOException, SQLException {
        if (workbook != null) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Long> children = new LinkedHashMap<>();
        for (ExtractDefinition.Table table : spec.tables().values()) {
            children.put(table.name(), ValidationReport.childrenIn(connection, table));
        }
        checks = validation.checks(catalogue, request.tolerancePercent(), children);
        Map<String, String> withheld = validation.withheld(catalogue, stager::holds, checks);
        IndicatorCalculator calculator = new IndicatorCalculator(connection, catalogue);
        calculator.buildModel();
        report.figures.addAll(calculator.compute(period, withheld));
        log.info("Figures computed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Writes the figures into a new snapshot and makes it current. An extract whose every figure is
     * withheld is still published with its findings, so the dashboard can say which rules withheld
     * them; a workbook with no usable figure fails the run.
     */
    void publish(long jobExecutionId) throws IOException, SQLException {
        if (workbook != null && report.figures.stream().noneMatch(LocalFigure::published)) {
            throw new LocalImportFailure(
                    "no figure in the workbook could be used; validation report " + report.validationReport);
        }
        long started = System.nanoTime();
        awaitReports();
        snapshot = LocalSnapshot.open(warehouse, connection);
        LocalFigureWriter writer = new LocalFigureWriter(connection, request.areaCode(), report.release);
        if (workbook != null) {
            writer.recordSource(
                    input.name(),
                    input.location(),
                    input.sha256(),
                    input.layout(),
                    workbook.figures().size(),
                    jobExecutionId);
            for (LocalFiguresWorkbook.Figure figure : workbook.figures()) {
                writer.write(
                        figure.indicatorId(),
                        figure.period().year(),
                        figure.period().end(),
                        figure.value(),
                        figure.notes());
            }
        } else {
            writer.recordSource(
                    input.name(), input.location(), input.sha256(), input.layout(), stager.episodes(), jobExecutionId);
            new FigurePublisher(writer, catalogue, period).publish(report.figures);
            new ValidationFindingsWriter(connection, writer.sourceFileId(), request.areaCode())
                    .write(pack, report.rules, checks, report.figures, period);
        }
        writer.settleRevisions();
        archiveInput();
        report.published = snapshot.publish();
        log.info("Published {} in {} ms", report.published, (System.nanoTime() - started) / 1_000_000);
    }

    /** Keeps the extract's files under its checksum, as a national import keeps every file it loads. */
    private void archiveInput() throws IOException {
        String sha256 = input.sha256();
        for (Path file : input.files()) {
            Path copy = warehouse.rawArchive(sha256, file.getFileName().toString());
            if (!Files.exists(copy)) {
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    LocalExtractReport report() {
        return report;
    }

    /** After a failure: the new snapshot, if any, is dropped; the current one is untouched. */
    void abandon(String reason) {
        report.failure = reason;
        try {
            awaitReports();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the validation reports: {}", e.getMessage());
        }
        try {
            if (snapshot != null) {
                snapshot.discard();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (IOException | SQLException e) {
            log.warn("Could not clean up after a failed local import: {}", e.getMessage());
        }
    }
}
