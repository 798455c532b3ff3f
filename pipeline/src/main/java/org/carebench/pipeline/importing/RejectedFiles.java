package org.carebench.pipeline.importing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files set aside for their own faults (unreadable, a required column missing, rows failing the
 * checks, far shorter than last time), each with its reason, so that one bad file cannot keep the
 * good ones beside it from being published. Their staging tables are dropped from the new snapshot.
 */
final class RejectedFiles {

    private static final Logger log = LoggerFactory.getLogger(RejectedFiles.class);

    private final Map<String, String> reasons;

    RejectedFiles(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    void reject(Connection connection, Path file, String reason, List<String> tables) throws SQLException {
        reasons.putIfAbsent(file.toString(), reason);
        log.error("Rejected {}", reason);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /**
     * Takes out of staged every file (all sheets of a workbook) with a failed row, naming its first
     * problem and how many more there are; returns whether any was taken out.
     */
    boolean rejectFailing(Connection connection, List<StagedFile> staged, List<Reject> rejects, Path report)
            throws SQLException {
        Map<Path, List<Reject>> byFile = new LinkedHashMap<>();
        for (Reject reject : rejects) {
            staged.stream()
                    .filter(file -> file.where().equals(reject.file()))
                    .findFirst()
                    .ifPresent(file -> byFile.computeIfAbsent(file.path(), path -> new ArrayList<>())
                            .add(reject));
        }
        for (Map.Entry<Path, List<Reject>> file : byFile.entrySet()) {
            List<StagedFile> parts = staged.stream()
                    .filter(part -> part.path().equals(file.getKey()))
                    .toList();
            reject(
                    connection,
                    file.getKey(),
                    describe(file.getValue(), report),
                    parts.stream().map(StagedFile::table).toList());
            staged.removeAll(parts);
        }
        return !byFile.isEmpty();
    }

    static String describe(List<Reject> rejects, Path report) {
        return rejects.get(0).describe()
                + (rejects.size() > 1 ? " (and " + (rejects.size() - 1) + " more; " : " (")
                + "rejects written to " + report + ")";
    }
}
