package org.carebench.dashboard.board;

/**
 * A figure that differs between the snapshot the last board report came from and the current one:
 * a year with no figure before ({@code before} is null), or a figure DfE has revised.
 */
public record FigureChange(String indicator, int period, Value before, Value after) {

    public boolean newPeriod() {
        return before == null;
    }

    record Key(String indicator, int period) {}

    /** A figure as published: a value, or DfE's symbol for one withheld (then value is null). */
    public record Value(Double value, String status) {}
}
