package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warehouse's record of every run (imports, rollbacks, what recovery removed), one line per
 * event appended to {@code history/runs.log}: a run killed with {@code kill -9} leaves its start and
 * no end, which the next run that takes the import lock records as failed. Lines are
 * {@code time TAB run TAB event TAB detail...}; a torn last line is skipped when read.
 */
public final class RunLog {

    public static final String STARTED = "started";
    public static final String FILE = "file";
    public static final String FINISHED = "finished";
    public static final String NOTE = "note";

    private final Path file;

    RunLog(Path file) {
        this.file = file;
    }

    /** Starts a run and returns its id (the time it started and the process running it). */
    public String start(String command, String detail) {
        String run =
                Instant.now().toEpochMilli() + "-" + ProcessHandle.current().pid();
        append(run, STARTED, command, detail);
        return run;
    }

    public void append(String run, String event, String... detail) {
        StringBuilder line = new StringBuilder(Instant.now().toString())
                .append('\t')
                .append(run)
                .append('\t')
                .append(event);
        for (String field : detail) {
            line.append('\t').append(field == null ? "-" : field.replaceAll("[\\t\\r\\n]+", " "));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    line.append('\n'),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new WarehouseWriteException(file, e);
        }
    }

    /** One run as read back: its events in order. */
    public record Run(String id, String started, String command, List<List<String>> events, List<String> end) {
        public boolean finished() {
            return end != null;
        }

        /** A note of what recovery did, not a run of its own. */
        public boolean isNote() {
            return events.get(0).get(2).equals(NOTE);
        }
    }

    /** Every run, oldest first. */
    public List<Run> runs() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Map<String, List<List<String>>> events = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<String> fields = Arrays.asList(line.split("\t", -1));
                if (fields.size() >= 3) {
                    events.computeIfAbsent(fields.get(1), id -> new ArrayList<>())
                            .add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Run> runs = new ArrayList<>();
        events.forEach((id, lines) -> {
            List<String> first = lines.get(0);
            List<String> end = lines.stream()
                    .filter(fields -> fields.get(2).equals(FINISHED))
                    .reduce((a, b) -> b)
                    .orElse(null);
            String command = first.get(2).equals(STARTED) && first.size() > 3 ? first.get(3) : first.get(2);
            runs.add(new Run(id, first.get(0), command, lines, end));
        });
        return runs;
    }

    /** Runs of other processes left without an end: called only while holding the import lock, so they are dead. */
    void closeAbandoned(String by) {
        for (Run run : runs()) {
            if (!run.finished()
                    && run.events().get(0).get(2).equals(STARTED)
                    && !run.id().endsWith("-" + ProcessHandle.current().pid())) {
                append(
                        run.id(),
                        FINISHED,
                        "failed",
                        "-",
                        "the run stopped without finishing (killed or" + " power lost); recorded as failed by " + by);
            }
        }
    }
}
