package org.carebench.pipeline.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of an inbox that have finished arriving: the same size and modification time at two
 * looks a settling time apart, open for writing by no process, and not under a temporary name
 * (a copy in progress, {@code .part}, {@code .tmp}, a hidden file or an Office lock file). The rest
 * wait for the next cycle, never loaded half-written.
 */
final class CompleteFiles {

    record Found(List<Path> complete, List<Path> arriving) {}

    private record Look(long size, long modified) {}

    private CompleteFiles() {}

    static Found in(Path inbox, Duration settle) throws IOException, InterruptedException {
        Map<Path, Look> first = look(inbox);
        Thread.sleep(settle.toMillis());
        Map<Path, Look> second = look(inbox);
        Set<Path> writing = openForWriting(second.keySet());
        List<Path> complete = new ArrayList<>();
        List<Path> arriving = new ArrayList<>();
        second.forEach((file, look) -> {
            boolean settled = look.equals(first.get(file)) && !writing.contains(file) && !isTemporary(file);
            (settled ? complete : arriving).add(file);
        });
        return new Found(complete, arriving);
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || name.startsWith("~$")
                || Stream.of(".part", ".partial", ".tmp", ".crdownload", ".filepart", ".download")
                        .anyMatch(name::endsWith);
    }

    private static Map<Path, Look> look(Path inbox) throws IOException {
        Map<Path, Look> looks = new TreeMap<>();
        if (!Files.isDirectory(inbox)) {
            return looks;
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    looks.put(
                            file.toAbsolutePath().normalize(),
                            new Look(
                                    Files.size(file),
                                    Files.getLastModifiedTime(file).toMillis()));
                } catch (IOException e) {
                    // moved or deleted while looking: it is not complete
                }
            }
        }
        return looks;
    }

    /**
     * Which of the files some process has open for writing, from Linux's /proc (a process's open
     * files and the flags each was opened with); elsewhere, or for processes of other users that
     * cannot be seen, the two looks alone decide.
     */
    static Set<Path> openForWriting(Set<Path> files) {
        Set<Path> writing = new HashSet<>();
        Path proc = Path.of("/proc");
        if (files.isEmpty() || !Files.isDirectory(proc.resolve("self/fd"))) {
            return writing;
        }
        Set<Path> wanted = files.stream().map(CompleteFiles::real).collect(Collectors.toSet());
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
                    for (Path descriptor : descriptors.toList()) {
                        Path target = readLink(descriptor);
                        if (target != null && wanted.contains(target) && writable(process, descriptor)) {
                            files.stream().filter(f -> real(f).equals(target)).forEach(writing::add);
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    // a process that ended, or one of another user's
                }
            }
        } catch (IOException e) {
            return writing;
        }
        return writing;
    }

    private static boolean writable(Path process, Path descriptor) {
        try {
            for (String line : Files.readAllLines(process.resolve("fdinfo").resolve(descriptor.getFileName()))) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring(6).strip(), 8) & 3) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return true;
    }

    private static Path readLink(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }
}
