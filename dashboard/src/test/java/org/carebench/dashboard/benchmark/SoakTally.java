package org.carebench.dashboard.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the soak's readers saw: answers, failures, and any answer that names other than exactly one
 * snapshot or differs from another answer to the same question from the same snapshot (a snapshot
 * never changes, so two such answers can differ only if one mixed in another snapshot's figures).
 */
final class SoakTally {

    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{6})\\.duckdb");
    private static final int SAMPLES = 5;

    final LongAdder pages = new LongAdder();
    final LongAdder answers = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder mixed = new LongAdder();
    final LongAdder backwards = new LongAdder();
    final Timings pageTimes = new Timings();
    final Timings apiTimes = new Timings();
    final Set<Integer> snapshots = ConcurrentHashMap.newKeySet();
    final List<String> samples = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> bodies = new ConcurrentHashMap<>();

    /** The one snapshot number a drawn page names in its as-of line, or -1 (noted) when not exactly one. */
    int page(String where, String answer) {
        pages.increment();
        Matcher names = SNAPSHOT.matcher(answer);
        Set<Integer> named = new java.util.TreeSet<>();
        while (names.find()) {
            named.add(Integer.parseInt(names.group(1)));
        }
        return one(where, named);
    }

    /** The snapshot number an API answer's header names, or -1 (noted) when not exactly one. */
    int answer(String where, String header, String body) {
        answers.increment();
        Matcher name = SNAPSHOT.matcher(header);
        if (!name.matches()) {
            return one(where + " header '" + header + "'", Set.of());
        }
        int snapshot = Integer.parseInt(name.group(1));
        Integer earlier = bodies.putIfAbsent(snapshot + " " + where, body.hashCode());
        if (earlier != null && earlier != body.hashCode()) {
            note(mixed, where + ": two different answers from snapshot " + snapshot);
        }
        return one(where, Set.of(snapshot));
    }

    void error(String where, Exception e) {
        note(errors, where + ": " + e);
    }

    void wentBack(String where, int snapshot, int latest) {
        note(backwards, where + ": snapshot " + snapshot + " after " + latest);
    }

    private int one(String where, Set<Integer> named) {
        if (named.size() != 1) {
            note(mixed, where + " names snapshots " + named);
            return -1;
        }
        int snapshot = named.iterator().next();
        snapshots.add(snapshot);
        return snapshot;
    }

    private void note(LongAdder count, String sample) {
        count.increment();
        if (samples.size() < SAMPLES) {
            samples.add(sample);
        }
    }
}
