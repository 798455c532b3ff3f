package org.carebench.dashboard.localdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.springframework.stereotype.Service;

/** How far a council's local figures can be defended: its latest extract's validation, per authority. */
@Service
public class LocalDataService {

    private final SnapshotCache cache;
    private final LocalDataQueries queries;

    private final Path logs;

    LocalDataService(Warehouse warehouse, LocalDataQueries queries, WarehouseProperties properties) {
        this.cache = new SnapshotCache(warehouse, 4);
        this.queries = queries;
        this.logs = properties.warehouse().resolve("logs");
    }

    /** The formats the pipeline writes every local extract's validation report in. */
    public enum ReportFormat {
        CSV,
        XLSX;

        public static ReportFormat of(String format) {
            for (ReportFormat known : values()) {
                if (known.name().equalsIgnoreCase(format)) {
                    return known;
                }
            }
            throw new IllegalArgumentException("format must be csv or xlsx, not " + format);
        }
    }

    /**
     * The full validation report of the authority's latest extract, every finding with its child, as
     * the pipeline wrote it under the warehouse's logs/; the snapshot keeps only counts.
     */
    public Optional<Path> validationReport(String areaCode, ReportFormat format) {
        return cache.get(
                        List.of("local-validation-run", areaCode),
                        session -> queries.latestRun(session.jdbc(), areaCode))
                .map(run -> logs.resolve(
                        "local-extract-" + run + "-validation." + format.name().toLowerCase(java.util.Locale.ROOT)))
                .filter(Files::isRegularFile);
    }

    public List<LocalExtractChecks> latestExtracts() {
        return cache.get(List.of("local-extract-checks"), session -> queries.extracts(session.jdbc()));
    }
}
