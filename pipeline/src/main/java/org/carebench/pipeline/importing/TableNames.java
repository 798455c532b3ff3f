package org.carebench.pipeline.importing;

import java.util.List;
import java.util.stream.IntStream;

/** Names for the staging tables of one import: stg_1, stg_2, ... */
final class TableNames {
    private int next;

    String next() {
        return "stg_" + (++next);
    }

    /** How many names were given out so far: a mark to find the tables a file made since. */
    int issued() {
        return next;
    }

    List<String> since(int mark) {
        return IntStream.rangeClosed(mark + 1, next).mapToObj(i -> "stg_" + i).toList();
    }
}
