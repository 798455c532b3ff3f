package org.carebench.dashboard.figures;

/**
 * An area's figure for one period. A suppressed figure has a null value and DfE's symbol in
 * {@code status}; a published one has a value and a null status. {@code release} names the
 * release (or local extract) the figure came from; null when there is no figure.
 */
public record AreaFigure(String code, String name, Double value, String status, String release) {

    static AreaFigure missing(Area area) {
        return new AreaFigure(area.code(), area.name(), null, null, null);
    }
}
