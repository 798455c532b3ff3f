package org.carebench.pipeline.schedule;

import java.nio.file.Path;
import org.carebench.pipeline.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The {@code schedule} command: imports the inbox on the cron expression in carebench.schedule.cron. */
@Component
@EnableScheduling
@ConditionalOnProperty("carebench.schedule.inbox")
class NightlyImport {

    private static final Logger log = LoggerFactory.getLogger(NightlyImport.class);
    private final InboxImport inboxImport;
    private final Warehouse warehouse;
    private final Path inbox;
    private final Path archive;
    private final ObjectProvider<InboxFeed> feeds;

    NightlyImport(
            InboxImport inboxImport,
            ObjectProvider<InboxFeed> feeds,
            @Value("${carebench.schedule.warehouse}") Path warehouse,
            @Value("${carebench.schedule.inbox}") Path inbox,
            @Value("${carebench.schedule.archive}") Path archive) {
        this.inboxImport = inboxImport;
        this.warehouse = new Warehouse(warehouse);
        this.inbox = inbox;
        this.archive = archive;
        this.feeds = feeds;
    }

    @Scheduled(cron = "${carebench.schedule.cron}")
    void importInbox() {
        feeds.orderedStream().forEach(feed -> feed.fill(inbox));
        try {
            inboxImport.run(warehouse, inbox, archive);
        } catch (Exception e) {
            log.error("Nightly import of {} failed: {}", inbox, e.getMessage(), e);
        }
    }
}
