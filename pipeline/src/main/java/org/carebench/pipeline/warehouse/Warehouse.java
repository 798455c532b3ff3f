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
 * between its rename and the pointer's flip. This class names the folder's layout; {@link SnapshotPublisher} takes a snapshot from new to
 * current and {@link Retention} decides which old ones go.
 */
public class Warehouse {

    static final String POINTER = "current";
    static final String SNAPSHOTS = "snapshots";
    private static final String ARCHIVE = "archive";
    private static final String SET_ASIDE = "set-aside";
    private static final String REJECTED = "rejected";
    private final Path directory;
    private final SnapshotPublisher publisher;

    public Warehouse(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.publisher = new SnapshotPublisher(this);
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

    /**
     * A file filed in the inbox archive whose raw copy the warehouse already keeps becomes a hard link
     * to that copy, so each file is stored once, by checksum; where links are not possible it stays a copy.
     */
    public void keepOnce(Path archived) {
        try {
            Path raw =
                    rawArchive(RawChecksum.of(archived), archived.getFileName().toString());
            if (Files.isRegularFile(raw) && !Files.isSameFile(raw, archived)) {
                Path link = archived.resolveSibling("." + archived.getFileName() + ".link");
                Files.createLink(link, raw);
                Files.move(link, archived, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without hard links keeps the copy
        }
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

    /** The day's folder of files rejected for their own faults, each beside a text file of its reason. */
    public static Path rejectedOn(Path archive, LocalDate day) {
        return archive.resolve(REJECTED).resolve(day.toString());
    }

    /**
     * Fails at once, naming the folder and the cause, when the warehouse cannot be written (a full
     * or read-only disk, no permission), before the job history's database would fail less clearly.
     */
    public void requireWritable() {
        Path probe = directory.resolve("history/.writable");
        try {
            Files.createDirectories(probe.getParent());
            Files.writeString(probe, "", StandardCharsets.UTF_8);
            Files.delete(probe);
        } catch (IOException e) {
            throw new WarehouseWriteException(probe.getParent(), e);
        }
    }

    /** The record of every run, rollbacks included, that {@code history} reads. */
    public RunLog runLog() {
        return new RunLog(directory.resolve("history/runs.log"));
    }

    /**
     * Runs work that needs no other run in progress (recording killed runs as failed, removing what
     * they left, pruning): takes the import lock if it is free, returns false at once if it is not.
     */
    public boolean whenIdle(String by, IoAction action) throws IOException {
        if (!ImportLock.tryAcquire(directory, lockFile())) {
            return false;
        }
        try {
            runLog().closeAbandoned(by);
            Path folder = directory.resolve(SNAPSHOTS);
            if (Files.isDirectory(folder)) {
                publisher.removeUnpublished(folder);
            }
            action.run();
            return true;
        } finally {
            ImportLock.release(directory);
        }
    }

    /** Work done while holding the lock. */
    public interface IoAction {
        void run() throws IOException;
    }

    /** True while an import or a rollback holds the warehouse. */
    public boolean isBusy() throws IOException {
        if (!ImportLock.tryAcquire(directory, lockFile())) {
            return true;
        }
        ImportLock.release(directory);
        return false;
    }

    /** Makes an earlier snapshot current again, under the import lock: refused while an import runs. */
    public Path rollbackTo(Path snapshot) throws IOException {
        ImportLock.acquire(directory, lockFile());
        try {
            return publish(snapshot);
        } finally {
            ImportLock.release(directory);
        }
    }

    /** A snapshot renamed but never made current (its import was killed while publishing), if there is one. */
    public Optional<Path> orphan() throws IOException {
        return publisher.orphan();
    }

    /**
     * Keeps the newest {@code keep} snapshots, the current one and any a saved board report refers to
     * ({@link PinnedSnapshots}), deleting older ones with their summaries; returns the names removed.
     * Call only while holding the lock ({@link #whenIdle}).
     */
    public List<String> prune(int keep) throws IOException {
        return new Retention(this).prune(keep);
    }

    Path lockFile() {
        return directory.resolve("import.lock");
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
        return publisher.prepareNext();
    }

    /**
     * Makes a snapshot current: a new one is first renamed to its published name, then the pointer
     * is replaced in one atomic rename, so a reader sees the old pointer or the new. Returns the
     * published file.
     */
    public Path publish(Path snapshot) throws IOException {
        return publisher.publish(snapshot);
    }

    /** Removes a snapshot that was never published (a failed or empty import). */
    public void discard(Path snapshot) throws IOException {
        publisher.discard(snapshot);
    }
}
