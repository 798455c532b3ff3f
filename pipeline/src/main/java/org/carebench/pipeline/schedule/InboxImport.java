package org.carebench.pipeline.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports whatever has arrived in an inbox folder and files it away: loaded (or already held) files
 * to {@code archive/<date>/}, unrecognised ones to {@code archive/set-aside/<date>/}. After a failed
 * import everything stays in the inbox, untouched, for the data team to look at.
 */
@Component
public class InboxImport {

    private static final Logger log = LoggerFactory.getLogger(InboxImport.class);
    private final PipelineCommands commands;

    InboxImport(PipelineCommands commands) {
        this.commands = commands;
    }

    public ImportOutcome run(Warehouse warehouse, Path inbox, Path archive) throws Exception {
        if (isEmpty(inbox)) {
            log.info("Inbox {} is empty: nothing to import", inbox);
            return new ImportOutcome(
                    ImportOutcome.LOADED, "Inbox is empty", List.of(), List.of(), List.of(), List.of());
        }
        ImportOutcome outcome = commands.importFiles(warehouse, List.of(inbox.toString()));
        log.info("{}", outcome.summary());
        if (outcome.exitCode() == ImportOutcome.FAILED) {
            return outcome;
        }
        LocalDate today = LocalDate.now();
        move(outcome.loaded(), inbox, Warehouse.archivedOn(archive, today, false));
        move(outcome.alreadyLoaded(), inbox, Warehouse.archivedOn(archive, today, false));
        move(outcome.setAside(), inbox, Warehouse.archivedOn(archive, today, true));
        return outcome;
    }

    private static void move(List<String> files, Path inbox, Path target) throws IOException {
        for (String name : files) {
            Path file = Path.of(name);
            Path destination = target.resolve(inbox.toAbsolutePath()
                    .normalize()
                    .relativize(file.toAbsolutePath().normalize()));
            Files.createDirectories(destination.getParent());
            Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmpty(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
