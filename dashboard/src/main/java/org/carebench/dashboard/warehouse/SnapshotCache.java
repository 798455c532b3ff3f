package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers computed from a snapshot, kept while that snapshot is current. A snapshot never changes
 * once published, so an answer read from it stays right until the pointer moves; then the cache
 * empties, so it never holds two snapshots' answers. Every answer is read from the snapshot
 * {@link SnapshotPin} fixes for the request. Failures are not kept. Least recently used answers go
 * first when the cache is full.
 */
public class SnapshotCache {

    private final Warehouse warehouse;
    private final Map<List<Object>, Object> answers;
    private Path snapshot;

    public SnapshotCache(Warehouse warehouse) {
        this(warehouse, 4000);
    }

    public SnapshotCache(Warehouse warehouse, int capacity) {
        this.warehouse = warehouse;
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer for {@code key} on the pinned snapshot, computing it in a session when not yet known.
     * A known answer needs only the pointer read: no connection and no lock shared with other readers.
     */
    public <T> T get(List<Object> key, Function<WarehouseSession, T> work) {
        try (SnapshotPin pin = SnapshotPin.open()) {
            Path pinned = SnapshotPin.snapshot(warehouse);
            T known = known(pinned, key);
            if (known != null) {
                return known;
            }
            // Computed outside the lock: two readers asking at once may both compute, never wait on each other.
            try (WarehouseSession session = warehouse.open(pinned)) {
                T answer = work.apply(session);
                remember(pinned, key, answer);
                return answer;
            }
        }
    }

    /** An answer made from others read from the pinned snapshot, such as a page's rendered table. */
    public <T> T derive(List<Object> key, Supplier<T> work) {
        try (SnapshotPin pin = SnapshotPin.open()) {
            Path pinned = SnapshotPin.snapshot(warehouse);
            T known = known(pinned, key);
            if (known == null) {
                known = work.get();
                remember(pinned, key, known);
            }
            return known;
        }
    }

    /**
     * The kept answer, if any. The cache moves to a pinned snapshot only when it is the one the pointer
     * names now: a request pinned just before a publish is answered from its own snapshot, uncached,
     * and does not empty the cache that newer requests fill.
     */
    private <T> T known(Path pinned, List<Object> key) {
        synchronized (this) {
            if (pinned.equals(snapshot)) {
                return cast(answers.get(key));
            }
        }
        if (!pinned.equals(warehouse.currentSnapshot())) {
            return null;
        }
        synchronized (this) {
            if (!pinned.equals(snapshot)) {
                answers.clear();
                snapshot = pinned;
            }
            return cast(answers.get(key));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object answer) {
        return (T) answer;
    }

    /**
     * Keeps an answer read outside {@link #get}, such as one of many read in one scan, unless an
     * answer is already known or the cache has moved on from the snapshot it was read from.
     */
    public synchronized void offer(Path readFrom, List<Object> key, Object answer) {
        if (readFrom.equals(snapshot)) {
            answers.putIfAbsent(key, answer);
        }
    }

    private synchronized void remember(Path readFrom, List<Object> key, Object answer) {
        if (readFrom.equals(snapshot)) {
            answers.put(key, answer);
        }
    }
}
