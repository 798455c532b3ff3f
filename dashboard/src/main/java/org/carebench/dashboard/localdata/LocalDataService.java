package org.carebench.dashboard.localdata;

import java.util.List;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.stereotype.Service;

/** How far a council's local figures can be defended: its latest extract's validation, per authority. */
@Service
public class LocalDataService {

    private final SnapshotCache cache;
    private final LocalDataQueries queries;

    LocalDataService(Warehouse warehouse, LocalDataQueries queries) {
        this.cache = new SnapshotCache(warehouse, 4);
        this.queries = queries;
    }

    public List<LocalExtractChecks> latestExtracts() {
        return cache.get(List.of("local-extract-checks"), session -> queries.extracts(session.jdbc()));
    }
}
