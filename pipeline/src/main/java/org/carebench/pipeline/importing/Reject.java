package org.carebench.pipeline.importing;

/** A row that failed a check: where it is, which column, what it held and what is wrong. */
record Reject(String file, long row, String column, String value, String problem) {

    String describe() {
        return file + (row > 0 ? " row " + row : "") + (column == null ? "" : " column '" + column + "'") + ": "
                + problem + (value == null ? "" : " (found '" + value + "')");
    }
}
