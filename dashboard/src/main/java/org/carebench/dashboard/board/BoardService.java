package org.carebench.dashboard.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An authority's board: the indicators it follows (saved by an analyst) and what changed since its
 * last report, found by comparing the snapshot that report came from with the current one.
 */
@Service
public class BoardService {

    private final BoardStore store;
    private final BoardQueries queries;
    private final Warehouse warehouse;
    private final CatalogueService catalogue;
    private final BoardPins pins;

    BoardService(
            BoardStore store, BoardQueries queries, Warehouse warehouse, CatalogueService catalogue, BoardPins pins) {
        this.store = store;
        this.pins = pins;
        this.queries = queries;
        this.warehouse = warehouse;
        this.catalogue = catalogue;
    }

    /** The indicators the board follows, in the order saved; empty when none has been saved. */
    public List<String> followed(String la) {
        return store.indicators(la);
    }

    @Transactional
    public void follow(String savedBy, String la, List<String> indicators) {
        if (catalogue.localAuthorities().stream().noneMatch(a -> a.code().equals(la))) {
            throw new UnknownReferenceException("local authority", la);
        }
        List<String> known = catalogue.indicators().stream().map(i -> i.id()).toList();
        List<String> chosen =
                indicators == null ? List.of() : indicators.stream().distinct().toList();
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw new UnknownReferenceException("indicator", id);
            }
        }
        store.save(la, chosen, savedBy);
    }

    /** Remembers that a report for {@code la} was produced from {@code snapshot}, and keeps that snapshot. */
    public void produced(String la, String snapshot) {
        store.produced(la, snapshot);
        pins.refresh();
    }

    /** The followed indicators' new years and revised figures since the authority's last report. */
    public ReportChanges changes(String la, Collection<String> indicators) {
        String current = warehouse.currentName();
        Optional<BoardStore.Produced> last = store.lastProduced(la);
        if (last.isEmpty()) {
            return new ReportChanges(null, null, false, current, List.of());
        }
        String earlier = last.get().snapshot();
        var at = last.get().at().toInstant();
        if (earlier.equals(current)) {
            return new ReportChanges(earlier, at, true, current, List.of());
        }
        Optional<WarehouseSession> opened = warehouse.openEarlier(earlier);
        if (opened.isEmpty()) {
            return new ReportChanges(earlier, at, false, current, List.of());
        }
        try (WarehouseSession before = opened.get();
                WarehouseSession now = warehouse.open()) {
            return new ReportChanges(
                    earlier,
                    at,
                    true,
                    current,
                    compare(queries.figures(before.jdbc(), la), queries.figures(now.jdbc(), la), indicators));
        }
    }

    static List<FigureChange> compare(
            Map<FigureChange.Key, FigureChange.Value> before,
            Map<FigureChange.Key, FigureChange.Value> after,
            Collection<String> indicators) {
        List<FigureChange> changes = new ArrayList<>();
        after.forEach((key, value) -> {
            FigureChange.Value old = before.get(key);
            if (indicators.contains(key.indicator()) && !Objects.equals(old, value)) {
                changes.add(new FigureChange(key.indicator(), key.period(), old, value));
            }
        });
        return changes;
    }
}
