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
 * empties. Failures are not kept. Least recently used answers go first when the cache is full.
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
     * The answer for {@code key} on the current snapshot, computing it in a session when not yet known.
     * A known answer needs only the pointer read: no connection and no lock shared with other readers.
     */
    public <T> T get(List<Object> key, Function<WarehouseSession, T> work) {
        Path current = warehouse.currentSnapshot();
        T known = known(current, key);
        if (known != null) {
            AnswerSnapshots.note(current);
            return known;
        }
        // Computed outside the lock: two readers asking at once may both compute, never wait on each other.
        try (WarehouseSession session = warehouse.open()) {
            T answer = work.apply(session);
            remember(session.snapshot(), key, answer);
            AnswerSnapshots.note(session.snapshot());
            return answer;
        }
    }

    /** An answer made from others already read from the current snapshot, such as a page's rendered table. */
    public <T> T derive(List<Object> key, Supplier<T> work) {
        Path current = warehouse.currentSnapshot();
        T known = known(current, key);
        if (known == null) {
            known = work.get();
            remember(current, key, known);
        }
        AnswerSnapshots.note(current);
        return known;
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T known(Path current, List<Object> key) {
        if (!current.equals(snapshot)) {
            answers.clear();
            snapshot = current;
        }
        return (T) answers.get(key);
    }

    private synchronized void remember(Path readFrom, List<Object> key, Object answer) {
        if (readFrom.equals(snapshot)) {
            answers.put(key, answer);
        }
    }
}
