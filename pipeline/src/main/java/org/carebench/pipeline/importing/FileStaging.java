package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.carebench.pipeline.warehouse.CrashTestPause;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import's first step, file by file: what is not data or already loaded is skipped, what no
 * definition recognises is set aside with the reason, what fails while it is read is rejected (or,
 * all-or-nothing, fails the import), and the rest goes into staging tables of the new snapshot.
 */
final class FileStaging {

    private static final Logger log = LoggerFactory.getLogger(FileStaging.class);

    private final Definitions definitions;
    private final LayoutMatcher matcher;
    private final ImportReport report;
    private final RejectedFiles rejected;
    private final TableNames tableNames;
    private final List<StagedFile> staged;
    private final boolean allOrNothing;
    private DuckDBConnection connection;

    FileStaging(
            Definitions definitions,
            LayoutMatcher matcher,
            ImportReport report,
            RejectedFiles rejected,
            TableNames tableNames,
            List<StagedFile> staged,
            boolean allOrNothing) {
        this.definitions = definitions;
        this.matcher = matcher;
        this.report = report;
        this.rejected = rejected;
        this.tableNames = tableNames;
        this.staged = staged;
        this.allOrNothing = allOrNothing;
    }

    /** Stages every file of {@code files} whose checksum is not among {@code loadedChecksums}, adding it to the staged list. */
    void stageAll(DuckDBConnection connection, List<InputFiles.Input> files, Set<String> loadedChecksums)
            throws IOException, SQLException {
        this.connection = connection;
        int position = 0;
        for (InputFiles.Input input : files) {
            position++;
            Path file = input.path();
            if (!InputFiles.isData(file)) {
                report.notData.add(file.toString());
                log.info(
                        "[{}/{}] {}: not a data file (guidance, metadata, a schema or a PDF), skipped",
                        position,
                        files.size(),
                        file.getFileName());
                continue;
            }
            String sha256 = InputFiles.sha256(file);
            if (loadedChecksums.contains(sha256)) {
                report.alreadyLoaded.add(file.toString());
                log.info("[{}/{}] {}: already loaded, skipped", position, files.size(), file.getFileName());
                continue;
            }
            int tablesBefore = tableNames.issued();
            int stagedBefore = staged.size();
            try {
                stage(input, sha256);
            } catch (ImportFailure failure) {
                staged.subList(stagedBefore, staged.size()).clear();
                rejected.reject(connection, file, failure.getMessage(), tableNames.since(tablesBefore));
                if (allOrNothing) {
                    throw failure;
                }
                continue;
            }
            log.info("[{}/{}] {}: staged", position, files.size(), file.getFileName());
            CrashTestPause.at("reading");
        }
    }

    private void stage(InputFiles.Input input, String sha256) throws IOException, SQLException {
        Path file = input.path();
        if (InputFiles.isWorkbook(file)) {
            XlsxStager.Result result = new XlsxStager(matcher, definitions.layouts())
                    .stage(connection, file, sha256, input.sample(), tableNames);
            result.staged().forEach(this::accept);
            if (result.staged().isEmpty()) {
                setAside(
                        file,
                        UnrecognisedSheet.explain(
                                result.unrecognised(),
                                matcher,
                                file.getFileName().toString()));
            }
            return;
        }
        CsvText.requireUtf8(file);
        List<String> headers = CsvHeader.read(file);
        Optional<LayoutMatch> match = matcher.match(headers, file.getFileName().toString(), null);
        if (match.isEmpty()) {
            setAside(file, matcher.explainNoMatch(headers, file.getFileName().toString(), null));
            return;
        }
        requireComplete(file.getFileName().toString(), match.get());
        accept(CsvStager.stage(connection, file, sha256, input.sample(), match.get(), headers, tableNames.next()));
    }

    private void accept(StagedFile file) {
        requireComplete(file.where(), file.match());
        staged.add(file);
    }

    private static void requireComplete(String where, LayoutMatch match) {
        if (!match.isComplete()) {
            throw new ImportFailure(where + ": looks like layout '"
                    + match.layout().name() + "' but the required column " + match.describeMissing() + " is missing");
        }
    }

    private void setAside(Path file, String explanation) {
        String reason = file + ": no definition recognises this file; " + explanation;
        report.setAside.add(reason);
        report.setAsidePaths.add(file.toString());
        log.warn("Set aside {}", reason);
    }
}
