package org.carebench.pipeline.fetch;

import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.schedule.InboxFeed;
import org.carebench.pipeline.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code carebench.fetch.enabled=true}, each scheduled run first fetches what is new from EES
 * into the inbox. A fetch that fails is logged in one line and the inbox is imported all the same.
 */
@Component
@ConditionalOnProperty(name = FetchSettings.ENABLED, havingValue = "true")
class ScheduledFetch implements InboxFeed {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFetch.class);
    private final Environment environment;

    ScheduledFetch(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void fill(Path inbox) {
        Warehouse warehouse = new Warehouse(Path.of(environment.getRequiredProperty("carebench.schedule.warehouse")));
        try {
            List<Path> fetched = new ReleaseFetcher(FetchSettings.from(environment), warehouse.fetchLedger(), log::info)
                    .fetchNew(inbox);
            log.info("Fetched {} new download(s) from Explore Education Statistics", fetched.size());
        } catch (FetchException e) {
            log.warn("Fetch from Explore Education Statistics failed: {}", e.getMessage());
        }
    }
}
