package org.carebench.dashboard.pack;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.export.SourceLine;
import org.carebench.dashboard.export.TrendChart;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.SeriesStyle;

/**
 * One indicator's slide: a sentence, the trend as a native chart, the headline numbers in large type,
 * and the source in the footer; the definition and caveats in the speaker notes.
 */
final class IndicatorSlide {

    private static final double TOP = 80;
    private static final double FOOTER = 478;
    private static final double PANEL = 640;

    private IndicatorSlide() {}

    static void add(XMLSlideShow ppt, XSLFSlide slide, PackSlide content) {
        Indicator indicator = content.indicator();
        Comparison c = content.shown();
        double left = PackWriter.MARGIN;
        SlideText.box(slide, left, TOP, PackWriter.WIDTH - 2 * left, 60)
                .paragraph(PackSentence.of(indicator, c), 20, false, SlideText.INK);
        XSLFChart chart = ppt.createChart(slide);
        // POI places a chart by English Metric Units, where every other shape is placed in points.
        slide.addChart(
                chart,
                new Rectangle2D.Double(
                        Units.toEMU(left),
                        Units.toEMU(TOP + 66),
                        Units.toEMU(PANEL - left - 12),
                        Units.toEMU(FOOTER - TOP - 72)));
        TrendChart.draw(chart, content.trend(), SlideText.MINIMUM);
        headlines(
                slide,
                c,
                "count".equals(indicator.unit())
                        ? "Number"
                        : FigureFormat.unitLabel(indicator.unit(), indicator.title()));
        SlideText.box(slide, left, FOOTER, PackWriter.WIDTH - 2 * left, 56)
                .paragraph(footer(indicator, c), 18, false, SlideText.MUTED);
        PackWriter.notes(ppt, slide, notes(indicator, c) + commentary(content));
    }

    private static void headlines(XSLFSlide slide, Comparison c, String unit) {
        SlideText panel =
                SlideText.box(slide, PANEL, TOP + 60, PackWriter.WIDTH - PANEL - PackWriter.MARGIN, FOOTER - TOP - 66);
        panel.paragraph(unit, 18, false, SlideText.MUTED)
                .paragraph(c.la().name(), 20, true, SlideText.INK)
                .paragraph(FigureFormat.figure(c.la()), 40, true, colour(SeriesStyle.AUTHORITY));
        var n = c.neighbours();
        panel.paragraph(
                        "Neighbours' " + n.average() + " (" + n.count() + " of "
                                + n.members().size() + ")",
                        18,
                        false,
                        SlideText.INK)
                .paragraph(FigureFormat.average(n), 32, true, colour(SeriesStyle.NEIGHBOURS));
        panel.paragraph("England", 18, false, SlideText.INK)
                .paragraph(FigureFormat.figure(c.england()), 32, true, colour(SeriesStyle.ENGLAND));
        panel.paragraph(direction(c.direction()), 20, true, SlideText.INK);
    }

    static String direction(Direction d) {
        if (d == null || d.change() == null) {
            return "No earlier year to compare";
        }
        String judgement = "none".equals(d.judgement()) ? "" : ": " + d.judgement();
        return "same".equals(d.movement())
                ? "No change since " + d.previousPeriod()
                : ("up".equals(d.movement()) ? "Up " : "Down ") + FigureFormat.number(Math.abs(d.change())) + " since "
                        + d.previousPeriod() + judgement;
    }

    static String footer(Indicator indicator, Comparison c) {
        return "Source: " + SourceLine.publication(indicator)
                + (c.la().release() == null ? "" : ", release " + c.la().release()) + ". Year ending 31 March "
                + c.period() + ".";
    }

    static String notes(Indicator indicator, Comparison c) {
        StringBuilder notes = new StringBuilder("Definition: ")
                .append(orNone(indicator.definition()))
                .append("\nCaveats: ")
                .append(orNone(indicator.caveats()));
        if (c.rank() != null) {
            notes.append("\nRank: ")
                    .append(c.rank().position())
                    .append(" of ")
                    .append(c.rank().of())
                    .append(" local authorities (1 = best), quartile band ")
                    .append(c.quartile())
                    .append('.');
        }
        if (c.region() != null) {
            notes.append("\n").append(c.region().name()).append(": ").append(FigureFormat.figure(c.region()));
        }
        return notes.append("\nNeighbours: ")
                .append(c.neighbours().average())
                .append(" of ")
                .append(c.neighbours().count())
                .append(" statistical neighbours with a figure (")
                .append(c.neighbours().model())
                .append(" model).")
                .toString();
    }

    /** The analysts' comments on the figure shown, dated and signed, for the speaker to draw on. */
    static String commentary(PackSlide content) {
        StringBuilder notes = new StringBuilder();
        content.comments()
                .forEach(comment -> notes.append("\nComment (")
                        .append(comment.writtenAt()
                                .atZone(java.time.ZoneId.of("Europe/London"))
                                .toLocalDate())
                        .append(", ")
                        .append(comment.author())
                        .append(comment.internal() ? ", internal" : "")
                        .append("): ")
                        .append(comment.text()));
        return notes.toString();
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "none recorded." : text;
    }

    private static Color colour(SeriesStyle style) {
        int[] rgb = style.rgb();
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
