package org.carebench.dashboard.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.carebench.dashboard.figures.SeriesStyle;
import org.jfree.chart.LegendItem;

/** A {@link SeriesStyle} in Java2D: its colour, dash and marker, sized for an image 1600 pixels wide. */
final class SeriesDrawing {

    private static final double MARKER = 14;

    private SeriesDrawing() {}

    static Color colour(SeriesStyle style) {
        int[] rgb = style.rgb();
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The dash patterns the pages draw, scaled to the line's width so they stay distinct at any size. */
    static BasicStroke stroke(SeriesStyle style, float width) {
        float[] dash = switch (style.dash()) {
            case "dashed" -> new float[] {4 * width, 2.5f * width};
            case "dotted" -> new float[] {0.1f, 2.2f * width};
            case "dash-dot" -> new float[] {4 * width, 1.8f * width, 0.1f, 1.8f * width};
            default -> null;
        };
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    static Shape marker(SeriesStyle style) {
        double r = MARKER / 2;
        return switch (style.marker()) {
            case "circle" -> new Ellipse2D.Double(-r, -r, MARKER, MARKER);
            case "diamond" -> polygon(0, -r * 1.3, r * 1.3, 0, 0, r * 1.3, -r * 1.3, 0);
            case "triangle" -> polygon(0, -r * 1.2, r * 1.2, r, -r * 1.2, r);
            case "rect" -> new Rectangle2D.Double(-r, -r, MARKER, MARKER);
            default -> new Rectangle2D.Double(0, 0, 0, 0);
        };
    }

    /** A legend entry showing the line as drawn: a line long enough to show its dash, with its marker. */
    static LegendItem lineLegend(String label, SeriesStyle style, float width) {
        Color colour = colour(style);
        return new LegendItem(
                label,
                null,
                null,
                null,
                !"none".equals(style.marker()),
                marker(style),
                true,
                colour,
                false,
                colour,
                stroke(style, 1),
                true,
                new Line2D.Double(-36, 0, 36, 0),
                stroke(style, width),
                colour);
    }

    /** A legend entry for a bar: a filled block of its colour. */
    static LegendItem barLegend(String label, SeriesStyle style) {
        LegendItem item = new LegendItem(label, colour(style));
        item.setShape(new Rectangle2D.Double(-12, -12, 24, 24));
        return item;
    }

    private static Shape polygon(double... points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }
}
