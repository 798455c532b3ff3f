package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A warehouse folder: one DuckDB file per published snapshot under {@code snapshots/}, and the file
 * {@code current} naming the one the dashboard reads. An import writes a new snapshot and flips the
 * pointer only when it succeeded, so readers never see half an import and a failure loses nothing.
 */
public class Warehouse {

    private static final String POINTER = "current";
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
        Path folder = directory.resolve("snapshots");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("snapshot-\\d+\\.duckdb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new snapshot file holding a copy of the current one, or nothing when there is none yet. */
    public Path prepareNextSnapshot() throws IOException {
        Path folder = Files.createDirectories(directory.resolve("snapshots"));
        int next = snapshots().stream().mapToInt(Warehouse::sequence).max().orElse(0) + 1;
        Path snapshot = folder.resolve(String.format("snapshot-%06d.duckdb", next));
        Optional<Path> current = currentSnapshot();
        if (current.isPresent()) {
            Files.copy(current.get(), snapshot, StandardCopyOption.REPLACE_EXISTING);
        }
        return snapshot;
    }

    /** Makes the snapshot current in one atomic rename, so a reader sees the old pointer or the new. */
    public void publish(Path snapshot) throws IOException {
        Files.createDirectories(directory);
        Path temporary = directory.resolve(POINTER + ".tmp");
        Files.writeString(temporary, directory.relativize(snapshot.toAbsolutePath()).toString() + "\n",
                StandardCharsets.UTF_8);
        Files.move(temporary, directory.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes a snapshot that was never published (a failed or empty import). */
    public void discard(Path snapshot) throws IOException {
        if (currentSnapshot().filter(snapshot::equals).isEmpty()) {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + ".wal"));
        }
    }

    static int sequence(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return Integer.parseInt(name.substring("snapshot-".length(), name.length() - ".duckdb".length()));
    }
}
