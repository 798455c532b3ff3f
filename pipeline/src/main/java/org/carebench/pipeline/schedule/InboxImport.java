package org.carebench.pipeline.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports the files that have finished arriving in an inbox and files them away: loaded (or already
 * held) files to {@code archive/<date>/}, unrecognised ones to {@code archive/set-aside/<date>/},
 * files rejected for their own faults to {@code archive/rejected/<date>/} beside a text file of the
 * reason, so they never block a later delivery. Files still arriving wait for the next cycle; after
 * a failure of the run itself (all-or-nothing, a full disk) the files not at fault stay in the inbox.
 */
@Component
public class InboxImport {

    private static final Logger log = LoggerFactory.getLogger(InboxImport.class);
    private final PipelineCommands commands;
    private final Duration settle;
    private final boolean allOrNothing;
    private final int keep;

    InboxImport(
            PipelineCommands commands,
            @Value("${carebench.schedule.settle:10s}") Duration settle,
            @Value("${carebench.schedule.all-or-nothing:false}") boolean allOrNothing,
            @Value("${carebench.snapshots.keep:10}") int keep) {
        this.commands = commands;
        this.settle = settle;
        this.allOrNothing = allOrNothing;
        this.keep = keep;
    }

    public ImportOutcome run(Warehouse warehouse, Path inbox, Path archive) throws Exception {
        return run(warehouse, inbox, archive, settle);
    }

    /** settle: how long a file's size and time must stay the same before it counts as complete. */
    public ImportOutcome run(Warehouse warehouse, Path inbox, Path archive, Duration settle) throws Exception {
        CompleteFiles.Found found = CompleteFiles.in(inbox, settle);
        found.arriving().forEach(file -> log.info("{} is still arriving: left for the next cycle", file));
        if (found.complete().isEmpty()) {
            String summary = found.arriving().isEmpty() ? "Inbox is empty" : "Nothing complete in the inbox yet";
            log.info("{}: {}", inbox, summary);
            return ImportOutcome.nothingToDo(summary);
        }
        List<String> paths = found.complete().stream().map(Path::toString).toList();
        ImportOutcome outcome = commands.importFiles(warehouse, paths, allOrNothing, keep);
        if (outcome.exitCode() == ImportOutcome.LOADED) {
            log.info("{}", outcome.summary());
        } else {
            log.error("{}", outcome.summary());
        }
        LocalDate today = LocalDate.now();
        Path rejected = Warehouse.rejectedOn(archive, today);
        for (Map.Entry<String, String> file : outcome.rejected().entrySet()) {
            Path moved = move(Path.of(file.getKey()), inbox, rejected);
            write(moved.resolveSibling(moved.getFileName() + ".reason.txt"), file.getValue() + "\n");
            log.error("Rejected {}: moved to {} with its reason", file.getKey(), moved);
        }
        if (outcome.completed()) {
            for (String file : concat(outcome.loaded(), outcome.alreadyLoaded())) {
                warehouse.keepOnce(move(Path.of(file), inbox, Warehouse.archivedOn(archive, today, false)));
            }
            moveAll(outcome.setAside(), inbox, Warehouse.archivedOn(archive, today, true));
        }
        return outcome;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static void moveAll(List<String> files, Path inbox, Path target) {
        files.forEach(name -> move(Path.of(name), inbox, target));
    }

    private static Path move(Path file, Path inbox, Path target) {
        Path destination = target.resolve(inbox.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize()));
        try {
            Files.createDirectories(destination.getParent());
            return Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new WarehouseWriteException(destination, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseWriteException(file, e);
        }
    }
}
