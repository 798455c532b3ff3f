package org.carebench.dashboard.base.ui;

import java.util.List;
import java.util.function.Supplier;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Tables and forms written once per snapshot and selection, then shown on every page that asks for
 * them: what they show cannot change until a new snapshot is published. Kept to a few hundred, as a
 * scorecard's markup runs to tens of kilobytes.
 */
@Component
public class RenderedFragments {

    private static final int CAPACITY = 400;

    private final SnapshotCache cache;

    public RenderedFragments(Warehouse warehouse) {
        this.cache = new SnapshotCache(warehouse, CAPACITY);
    }

    /** The fragment for {@code key}, whose parts must name everything {@code render} depends on. */
    public HtmlFragment get(List<Object> key, Supplier<Element> render) {
        return new HtmlFragment(cache.derive(key, () -> HtmlFragment.Markup.of(render.get())));
    }
}
