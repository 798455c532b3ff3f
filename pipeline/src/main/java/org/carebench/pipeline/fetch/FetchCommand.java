package org.carebench.pipeline.fetch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.schedule.InboxImport;
import org.carebench.pipeline.warehouse.Warehouse;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code fetch --warehouse DIR [--inbox DIR]}: downloads what Explore Education Statistics has that
 * the warehouse has not, then imports the inbox as the nightly run does. The asking and downloading
 * run before the application starts, so a fetch that fails or finds nothing leaves the warehouse
 * folder exactly as it was, job history included.
 */
@Component
public class FetchCommand {

    public static final int NEW_FILES = -1;
    private static final int NOTHING_NEW = 0;
    private static final int FAILED = 1;

    private final InboxImport inboxImport;

    FetchCommand(InboxImport inboxImport) {
        this.inboxImport = inboxImport;
    }

    public static Path inbox(Warehouse warehouse, Path inbox) {
        return inbox == null ? warehouse.defaultInbox() : inbox;
    }

    /** Asks and downloads; returns {@link #NEW_FILES} when there is something to import, else the exit code. */
    public static int download(
            Warehouse warehouse, Path inbox, Environment environment, PrintStream out, PrintStream err) {
        FetchSettings settings = FetchSettings.from(environment);
        out.println(
                "Asking Explore Education Statistics (" + settings.contentUrl().getHost() + ", "
                        + settings.apiUrl().getHost() + ") what is new in " + settings.publication());
        try {
            List<Path> fetched = new ReleaseFetcher(settings, warehouse.fetchLedger(), out::println).fetchNew(inbox);
            if (fetched.isEmpty()) {
                out.println("Nothing new to fetch: the warehouse has every release and data-set version listed");
                return NOTHING_NEW;
            }
            out.println("Fetched " + fetched.size() + " new download(s) into " + inbox);
            return NEW_FILES;
        } catch (FetchException e) {
            err.println("carebench-pipeline: fetch: " + e.getMessage());
            return FAILED;
        }
    }

    /** Imports the inbox, downloads and anything else waiting there, and files it away under the archive. */
    public int importInbox(Warehouse warehouse, Path inbox, PrintStream out, PrintStream err) throws Exception {
        ImportOutcome outcome = inboxImport.run(warehouse, inbox, warehouse.inboxArchive());
        (outcome.exitCode() == ImportOutcome.LOADED ? out : err).println(outcome.summary());
        return outcome.exitCode();
    }
}
