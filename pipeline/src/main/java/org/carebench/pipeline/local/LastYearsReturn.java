package org.carebench.pipeline.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.carebench.pipeline.definition.ExtractDefinition;
import org.carebench.pipeline.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's return, for the rules that compare with it (DfE's {@code <Table>_last}): the same
 * authority's extract for the previous collection year, as the current snapshot names it and the raw
 * archive keeps its files. Staged beside this year's tables as {@code stg_<table>_last}; snapshots
 * never hold children's records, so the archive is the only place last year's rows are kept.
 */
final class LastYearsReturn {

    private static final Logger log = LoggerFactory.getLogger(LastYearsReturn.class);
    static final String SUFFIX = "_last";

    private final ExtractStager stager;

    private LastYearsReturn(ExtractStager stager) {
        this.stager = stager;
    }

    /** Whether a table the pack names, such as Missing_last, is held. */
    boolean holds(String table) {
        return stager != null
                && table.endsWith(SUFFIX)
                && stager.holds(table.substring(0, table.length() - SUFFIX.length()));
    }

    static LastYearsReturn none() {
        return new LastYearsReturn(null);
    }

    /** Stages the archived extract of the collection year before this one, if the warehouse holds it. */
    static LastYearsReturn stage(
            Warehouse warehouse,
            org.duckdb.DuckDBConnection connection,
            ExtractDefinition spec,
            String area,
            ReportingPeriod year)
            throws IOException, SQLException, XMLStreamException {
        Optional<List<Path>> files =
                archivedFiles(warehouse, connection, area, year.end().minusYears(1));
        if (files.isEmpty()) {
            return none();
        }
        try (Statement statement = connection.createStatement()) {
            for (ExtractDefinition.Table table : spec.tables().values()) {
                statement.execute(
                        "ALTER TABLE " + table.stagingTable() + " RENAME TO " + table.stagingTable() + "_now");
            }
            ExtractStager stager = new ExtractStager(spec, connection);
            stager.createTables();
            for (Path file : files.get()) {
                if (file.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".xml")) {
                    new XmlExtractReader(spec).read(file, connection);
                    stager.stagedFromXml(file);
                } else {
                    stager.stageCsv(file);
                }
            }
            for (ExtractDefinition.Table table : spec.tables().values()) {
                statement.execute(
                        "ALTER TABLE " + table.stagingTable() + " RENAME TO " + table.stagingTable() + SUFFIX);
                statement.execute("ALTER TABLE " + table.stagingTable() + "_now RENAME TO " + table.stagingTable());
            }
            log.info("Last year's return for comparison: {}", files.get());
            return new LastYearsReturn(stager);
        }
    }

    /** The newest extract of the area whose figures ended on periodEnd, if its files are archived. */
    private static Optional<List<Path>> archivedFiles(
            Warehouse warehouse, Connection connection, String area, LocalDate periodEnd)
            throws IOException, SQLException {
        Optional<Path> current = warehouse.currentSnapshot().filter(Files::isRegularFile);
        if (current.isEmpty() || area == null) {
            return Optional.empty();
        }
        String sha256 = null;
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "ATTACH " + ExtractStager.literal(current.get().toString()) + " AS last_year (READ_ONLY)");
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT f.sha256 FROM last_year.local_figure_status s"
                            + " JOIN last_year.source_file f ON f.id = s.source_file_id WHERE s.area_code = ?"
                            + " GROUP BY s.source_file_id, f.sha256 HAVING max(s.period_end) = ?"
                            + " ORDER BY s.source_file_id DESC LIMIT 1")) {
                query.setString(1, area);
                query.setObject(2, periodEnd);
                try (ResultSet found = query.executeQuery()) {
                    sha256 = found.next() ? found.getString(1) : null;
                }
            } catch (SQLException e) {
                // A snapshot from before local validation holds no record of local extracts.
                log.debug("No local extracts recorded in {}: {}", current.get(), e.getMessage());
            } finally {
                statement.execute("DETACH last_year");
            }
        }
        if (sha256 == null) {
            return Optional.empty();
        }
        Path folder = warehouse.rawArchive(sha256, "any").getParent();
        if (!Files.isDirectory(folder)) {
            log.warn("Last year's extract is recorded but its files are no longer archived in {}", folder);
            return Optional.empty();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return Optional.of(listed.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
