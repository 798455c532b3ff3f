package org.carebench.pipeline.importing;

/** Names for the staging tables of one import: stg_1, stg_2, ... */
final class TableNames {
    private int next;

    String next() {
        return "stg_" + (++next);
    }
}
