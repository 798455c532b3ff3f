package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A warehouse folder: one DuckDB file per published snapshot under {@code snapshots/}, and the file
 * {@code current} naming the one the dashboard reads. An import writes a new snapshot and flips the
 * pointer only when it succeeded, so readers never see half an import and a failure loses nothing.
 * Every file loaded is kept under {@code archive/raw/<checksum>/}; job history lives in
 * {@code history/}, reports in {@code logs/}; the file {@code publishing} names a new snapshot only
 * between its rename and the pointer's flip. This class alone names the folder's layout.
 */
public class Warehouse {

    private static final String POINTER = "current";
    private static final String IMPORTING = ".importing";
    private static final String PUBLISHING = "publishing";
    private static final String SNAPSHOTS = "snapshots";
    private static final String ARCHIVE = "archive";
    private static final String SET_ASIDE = "set-aside";
    private final Path directory;

    public Warehouse(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    public Path logs() {
        return directory.resolve("logs");
    }

    /** The rows an import rejected, beside its log, for the data team to correct. */
    public Path rejectsLog(long jobExecutionId) {
        return logs().resolve("import-" + jobExecutionId + "-rejects.csv");
    }

    /** What validating a local extract found. */
    public Path validationLog(long jobExecutionId) {
        return logs().resolve("local-extract-" + jobExecutionId + "-validation.csv");
    }

    /** The same findings as a workbook: a summary sheet per DfE rule, a sheet per table. */
    public Path validationWorkbook(long jobExecutionId) {
        return logs().resolve("local-extract-" + jobExecutionId + "-validation.xlsx");
    }

    /** The job repository's database (H2), shared by every run against this warehouse. */
    public Path jobHistory() {
        return directory.resolve("history/jobs");
    }

    /** Where each run's list of input paths is kept, for the history command. */
    public Path inputLists() {
        return directory.resolve("history/inputs");
    }

    /** The raw copy of a loaded file, kept by checksum so the warehouse can be rebuilt from it. */
    public Path rawArchive(String sha256, String fileName) {
        return directory
                .resolve(ARCHIVE)
                .resolve("raw")
                .resolve(sha256.substring(0, 16))
                .resolve(fileName);
    }

    /** Where files taken from an inbox are filed once imported. */
    public Path inboxArchive() {
        return directory.resolve(ARCHIVE);
    }

    /** The day's folder of an inbox archive: loaded files, or (setAside) files no definition recognised. */
    public static Path archivedOn(Path archive, LocalDate day, boolean setAside) {
        return (setAside ? archive.resolve(SET_ASIDE) : archive).resolve(day.toString());
    }

    /** What {@code fetch} has downloaded from Explore Education Statistics, so it never downloads it twice. */
    public Path fetchLedger() {
        return directory.resolve("fetch/fetched.tsv");
    }

    /** Where {@code fetch} puts what it downloads when no inbox is named. */
    public Path defaultInbox() {
        return directory.resolve("inbox");
    }

    /** The change report of an import that brought a release, for the data team to read or load. */
    public Path changesLog(String release, long jobExecutionId) {
        return logs().resolve("changes-" + release + "-" + jobExecutionId + ".csv");
    }

    /** Where the local-figures workbook template goes when no other file is named. */
    public Path localFiguresTemplate() {
        return directory.resolve("local-figures-template.xlsx");
    }

    public Optional<Path> currentSnapshot() {
        Path pointer = directory.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String relative = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return relative.isEmpty() ? Optional.empty() : Optional.of(directory.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published snapshots, oldest first (file names sort by their sequence number). */
    public List<Path> snapshots() {
        Path folder = directory.resolve(SNAPSHOTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("snapshot-\\d+\\.duckdb"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts writing a new snapshot: a copy of the current one (or nothing when there is none yet),
     * named {@code .importing} until it is published. Holds the warehouse's import lock until
     * {@link #publish} or {@link #discard}; leftovers of an import that was killed are removed.
     */
    public Path prepareNextSnapshot() throws IOException {
        ImportLock.acquire(directory, directory.resolve("import.lock"));
        Path folder = Files.createDirectories(directory.resolve(SNAPSHOTS));
        removeUnpublished(folder);
        int next = snapshots().stream().mapToInt(Warehouse::sequence).max().orElse(0) + 1;
        Path snapshot = folder.resolve(String.format("snapshot-%06d.duckdb", next) + IMPORTING);
        Optional<Path> current = currentSnapshot();
        if (current.isPresent()) {
            Files.copy(current.get(), snapshot, StandardCopyOption.REPLACE_EXISTING);
        }
        return snapshot;
    }

    /**
     * Makes a snapshot current: a new one is first renamed to its published name, then the pointer
     * is replaced in one atomic rename, so a reader sees the old pointer or the new. Returns the
     * published file.
     */
    public Path publish(Path snapshot) throws IOException {
        Path published = snapshot;
        String name = snapshot.getFileName().toString();
        Path publishing = directory.resolve(PUBLISHING);
        if (name.endsWith(IMPORTING)) {
            published = snapshot.resolveSibling(name.substring(0, name.length() - IMPORTING.length()));
            // Names the snapshot until the pointer names it: killed in between, the next import removes it.
            Files.writeString(publishing, relative(published), StandardCharsets.UTF_8);
            Files.move(snapshot, published, StandardCopyOption.ATOMIC_MOVE);
        }
        CrashTestPause.at("publishing");
        Path temporary = directory.resolve(POINTER + ".tmp");
        Files.writeString(temporary, relative(published) + "\n", StandardCharsets.UTF_8);
        Files.move(
                temporary,
                directory.resolve(POINTER),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(publishing);
        ImportLock.release(directory);
        return published;
    }

    private String relative(Path snapshot) {
        return directory.relativize(snapshot.toAbsolutePath()).toString();
    }

    /** Removes a snapshot that was never published (a failed or empty import). */
    public void discard(Path snapshot) throws IOException {
        if (snapshot.getFileName().toString().endsWith(IMPORTING)) {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + ".wal"));
        }
        ImportLock.release(directory);
    }

    /** Leftovers of a killed import: its half-written snapshot, or one renamed but never made current. */
    private void removeUnpublished(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().contains(IMPORTING))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        }
        Path publishing = directory.resolve(PUBLISHING);
        if (Files.exists(publishing)) {
            Path never = directory.resolve(
                    Files.readString(publishing, StandardCharsets.UTF_8).strip());
            if (!currentSnapshot().map(never::equals).orElse(false)) {
                Files.deleteIfExists(never);
            }
            Files.delete(publishing);
        }
    }

    static int sequence(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return Integer.parseInt(name.substring("snapshot-".length(), name.length() - ".duckdb".length()));
    }
}
