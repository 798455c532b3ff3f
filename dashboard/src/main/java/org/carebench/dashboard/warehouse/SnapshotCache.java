package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers computed from a snapshot, kept while that snapshot is current. A snapshot never changes
 * once published, so an answer read from it stays right until the pointer moves; then the cache
 * empties. Failures are not kept. Least recently used answers go first when the cache is full.
 */
public class SnapshotCache {

    private static final int CAPACITY = 4000;

    private final Warehouse warehouse;
    private final Map<List<Object>, Object> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > CAPACITY;
        }
    };
    private Path snapshot;

    public SnapshotCache(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * The answer for {@code key} on the current snapshot, computing it in a session when not yet known.
     * A known answer needs only the pointer read: no connection and no lock shared with other readers.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Function<WarehouseSession, T> work) {
        Path current = warehouse.currentSnapshot();
        synchronized (answers) {
            if (!current.equals(snapshot)) {
                answers.clear();
                snapshot = current;
            }
            Object known = answers.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        // Computed outside the lock: two readers asking at once may both compute, never wait on each other.
        try (WarehouseSession session = warehouse.open()) {
            T answer = work.apply(session);
            synchronized (answers) {
                if (session.snapshot().equals(snapshot)) {
                    answers.put(key, answer);
                }
            }
            return answer;
        }
    }
}
