package org.carebench.dashboard.catalogue;

import java.util.List;
import java.util.function.Function;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.AreaSummary;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** What a reader can choose from: the indicators and the areas of the current snapshot. */
@Service
public class CatalogueService {

    private final SnapshotCache cache;
    private final FigureQueries figures;

    CatalogueService(Warehouse warehouse, FigureQueries figures) {
        this.cache = new SnapshotCache(warehouse, 16);
        this.figures = figures;
    }

    public List<Indicator> indicators() {
        return read("indicators", figures::indicators);
    }

    /** The themes in the catalogue's order: the order the scorecard shows them in. */
    public List<String> themes() {
        return read("themes", figures::themes);
    }

    /** The indicator a page shows when the reader has chosen none. */
    public String defaultIndicator() {
        return read("default-indicator", figures::defaultIndicator);
    }

    /** The authorities a reader can choose: every current one, by name. */
    public List<Area> localAuthorities() {
        return read("local-authorities", figures::localAuthorities);
    }

    public List<AreaSummary> areas() {
        return read("areas", figures::areas);
    }

    private <T> T read(String key, Function<NamedParameterJdbcTemplate, T> work) {
        return cache.get(List.of(key), session -> work.apply(session.jdbc()));
    }
}
