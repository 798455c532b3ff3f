package org.carebench.pipeline.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What has been downloaded, one line per release version or data-set version (tab-separated: kind,
 * EES id, version, title, published, when fetched). A line is added as soon as its download is
 * complete in the inbox, so a second fetch asks again but downloads nothing already there.
 */
final class FetchLedger {

    static final String RELEASE = "release";
    static final String DATA_SET = "data-set";

    private final Path file;
    private final Set<String> fetched = new HashSet<>();

    private FetchLedger(Path file) {
        this.file = file;
    }

    static FetchLedger read(Path file) throws IOException {
        FetchLedger ledger = new FetchLedger(file);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 3) {
                    ledger.fetched.add(key(fields[0], fields[1], fields[2]));
                }
            }
        }
        return ledger;
    }

    boolean has(String kind, String id, String version) {
        return fetched.contains(key(kind, id, version));
    }

    void add(String kind, String id, String version, String title, String published) throws IOException {
        Files.createDirectories(file.getParent());
        String line = String.join("\t", List.of(kind, id, version, clean(title), clean(published))) + "\t"
                + Instant.now() + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        fetched.add(key(kind, id, version));
    }

    private static String key(String kind, String id, String version) {
        return kind + "\t" + id + "\t" + version;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
