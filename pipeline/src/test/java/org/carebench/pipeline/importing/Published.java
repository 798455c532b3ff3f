package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.carebench.pipeline.warehouse.Warehouse;

/** What a reader of the warehouse sees as published, reduced to one comparable line. */
final class Published {

    private Published() {}

    /** The pointer's bytes, the snapshot it names with its SHA-256, and every published snapshot's name. */
    static String fingerprint(Warehouse warehouse) throws IOException {
        Path pointer = warehouse.directory().resolve("current");
        Path current = warehouse.currentSnapshot().orElseThrow(() -> new AssertionError("nothing published"));
        return "current=" + Files.readString(pointer, StandardCharsets.UTF_8).strip()
                + " sha256=" + InputFiles.sha256(current)
                + " snapshots="
                + warehouse.snapshots().stream().map(Path::getFileName).toList();
    }

    /** Whether any file under the folder holds the text, in its bytes (snapshots and logs included). */
    static boolean anyFileContains(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
