package org.carebench.dashboard.figures;

/**
 * How each comparator is drawn, the same on every page, image, slide and document. Every colour has
 * at least 3:1 contrast against white, and each line has its own dash and marker, so no series is
 * told apart by colour alone.
 *
 * @param colour hex RGB, {@code #rrggbb}
 * @param dash {@code solid}, {@code dashed}, {@code dotted} or {@code dash-dot}
 * @param marker {@code circle}, {@code diamond}, {@code triangle}, {@code rect} or {@code none}
 */
public record SeriesStyle(String colour, String dash, String marker) {

    /** The authority chosen: the darkest blue, drawn widest. */
    public static final SeriesStyle AUTHORITY = new SeriesStyle("#1d4ed8", "solid", "circle");

    public static final SeriesStyle NEIGHBOURS = new SeriesStyle("#b45309", "dashed", "diamond");
    public static final SeriesStyle REGION = new SeriesStyle("#047857", "dotted", "triangle");
    public static final SeriesStyle ENGLAND = new SeriesStyle("#374151", "dash-dot", "rect");
    /** Each neighbour beside the authority in a bar chart. */
    public static final SeriesStyle NEIGHBOUR = new SeriesStyle("#6b7280", "solid", "none");

    /** Red, green and blue of {@link #colour}. */
    public int[] rgb() {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }
}
