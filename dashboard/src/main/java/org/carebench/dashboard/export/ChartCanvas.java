package org.carebench.dashboard.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What every exported chart carries around its plot (title; authority and period; source and release;
 * what a gap means), in type large enough for a slide, and the two ways it is written out: PNG and SVG.
 */
final class ChartCanvas {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);

    private ChartCanvas() {}

    /** Titles above the plot, the source and any note below it, on white, as a slide needs. */
    static JFreeChart frame(JFreeChart chart, ChartCaption text) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(24, 32, 20, 32));
        chart.setTitle(title(text.title(), TITLE, RectangleEdge.TOP));
        chart.addSubtitle(0, title(text.subtitle(), TEXT, RectangleEdge.TOP));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TEXT);
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            // Room after each label, so one series' name never runs into the next one's sample line.
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 28));
        }
        // Subtitles are laid out in list order from the outside in: the source goes last on the page.
        chart.addSubtitle(0, title(text.source(), SMALL, RectangleEdge.BOTTOM));
        if (text.note() != null) {
            chart.addSubtitle(1, title(text.note(), SMALL, RectangleEdge.BOTTOM));
        }
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        return chart;
    }

    static void axis(Axis axis, String label) {
        axis.setLabel(label);
        axis.setLabelFont(TEXT);
        axis.setTickLabelFont(SMALL);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
    }

    private static TextTitle title(String text, Font font, RectangleEdge edge) {
        TextTitle title = new TextTitle(text, font);
        title.setPosition(edge);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPaint(Color.BLACK);
        title.setMargin(new RectangleInsets(4, 0, 8, 0));
        return title;
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle(width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** Text stays text (searchable, editable in a drawing program); the viewBox lets it scale. */
    static byte[] svg(JFreeChart chart, int width, int height) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Carebench chart");
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(width, height));
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart as SVG", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
