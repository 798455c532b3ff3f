package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A snapshot's way from new to current: written as {@code .importing}, renamed to its published name
 * while the file {@code publishing} names it, then made current by one atomic rename of the pointer.
 * Whatever a killed import left on that way (a half-written snapshot, one renamed but never made
 * current) is recognised and removed here.
 */
final class SnapshotPublisher {

    static final String IMPORTING = ".importing";
    static final String PUBLISHING = "publishing";

    private final Warehouse warehouse;
    private final Path directory;

    SnapshotPublisher(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.directory = warehouse.directory();
    }

    /** See {@link Warehouse#prepareNextSnapshot()}. */
    Path prepareNext() throws IOException {
        ImportLock.acquire(directory, warehouse.lockFile());
        Path folder = Files.createDirectories(directory.resolve(Warehouse.SNAPSHOTS));
        removeUnpublished(folder);
        int next = warehouse.snapshots().stream()
                        .mapToInt(SnapshotPublisher::sequence)
                        .max()
                        .orElse(0)
                + 1;
        Path snapshot = folder.resolve(String.format("snapshot-%06d.duckdb", next) + IMPORTING);
        Optional<Path> current = warehouse.currentSnapshot();
        if (current.isPresent()) {
            try {
                Files.copy(current.get(), snapshot, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(snapshot);
                ImportLock.release(directory);
                throw new WarehouseWriteException(snapshot, e);
            }
        }
        return snapshot;
    }

    /** See {@link Warehouse#publish(Path)}. */
    Path publish(Path snapshot) throws IOException {
        Path published = snapshot;
        String name = snapshot.getFileName().toString();
        Path publishing = directory.resolve(PUBLISHING);
        if (name.endsWith(IMPORTING)) {
            published = snapshot.resolveSibling(name.substring(0, name.length() - IMPORTING.length()));
            // Names the snapshot until the pointer names it: killed in between, the next import removes it.
            write(publishing, relative(published));
            Files.move(snapshot, published, StandardCopyOption.ATOMIC_MOVE);
            SnapshotSummary.write(published);
        }
        CrashTestPause.at("publishing");
        Path temporary = directory.resolve(Warehouse.POINTER + ".tmp");
        write(temporary, relative(published) + "\n");
        Files.move(
                temporary,
                directory.resolve(Warehouse.POINTER),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(publishing);
        ImportLock.release(directory);
        return published;
    }

    /** See {@link Warehouse#discard(Path)}. */
    void discard(Path snapshot) throws IOException {
        if (snapshot.getFileName().toString().endsWith(IMPORTING)) {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + ".wal"));
        }
        ImportLock.release(directory);
    }

    /** See {@link Warehouse#orphan()}. */
    Optional<Path> orphan() throws IOException {
        Path publishing = directory.resolve(PUBLISHING);
        if (!Files.isRegularFile(publishing)) {
            return Optional.empty();
        }
        Path never = directory.resolve(
                Files.readString(publishing, StandardCharsets.UTF_8).strip());
        return Files.exists(never)
                        && !warehouse.currentSnapshot().map(never::equals).orElse(false)
                ? Optional.of(never)
                : Optional.empty();
    }

    /** Leftovers of a killed import: its half-written snapshot, or one renamed but never made current. */
    void removeUnpublished(Path folder) throws IOException {
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
            if (!warehouse.currentSnapshot().map(never::equals).orElse(false) && Files.deleteIfExists(never)) {
                Files.deleteIfExists(SnapshotSummary.of(never));
                warehouse
                        .runLog()
                        .append(
                                "recovery",
                                RunLog.NOTE,
                                "removed " + never.getFileName()
                                        + ": renamed but never made current (its import stopped while publishing)");
            }
            Files.delete(publishing);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseWriteException(file, e);
        }
    }

    private String relative(Path snapshot) {
        return directory.relativize(snapshot.toAbsolutePath()).toString();
    }

    static int sequence(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return Integer.parseInt(name.substring("snapshot-".length(), name.length() - ".duckdb".length()));
    }
}
