package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The snapshots the answers given to the current request were read from, noted by {@link SnapshotCache}
 * as it hands each one out, so that a response can name them rather than the pointer at the time it
 * is written (which may have moved on). Per thread: a request is answered on one thread.
 */
public final class AnswerSnapshots {

    private static final ThreadLocal<Set<String>> READ = ThreadLocal.withInitial(LinkedHashSet::new);

    private AnswerSnapshots() {}

    static void note(Path snapshot) {
        READ.get().add(snapshot.getFileName().toString());
    }

    /** The snapshot file names noted so far in this request, in the order first used. */
    public static Set<String> current() {
        return new LinkedHashSet<>(READ.get());
    }

    /** Forgets this thread's notes: at the start and end of each request, as threads are pooled. */
    public static void clear() {
        READ.remove();
    }
}
