package org.carebench.dashboard.pack;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Text on a slide. Nothing is set smaller than {@link #MINIMUM} points, so that every word can be read
 * from the back of a committee room.
 */
final class SlideText {

    static final double MINIMUM = 18;
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x37, 0x41, 0x51);

    private final XSLFTextBox box;

    private SlideText(XSLFTextBox box) {
        this.box = box;
    }

    static SlideText box(XSLFSlide slide, double x, double y, double width, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.setWordWrap(true);
        box.clearText();
        return new SlideText(box);
    }

    SlideText paragraph(String text, double size, boolean bold, Color colour) {
        XSLFTextParagraph paragraph = box.getTextParagraphs().isEmpty()
                        || !box.getTextParagraphs().get(0).getTextRuns().isEmpty()
                ? box.addNewTextParagraph()
                : box.getTextParagraphs().get(0);
        paragraph.setTextAlign(TextAlign.LEFT);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(Math.max(MINIMUM, size));
        run.setBold(bold);
        run.setFontColor(colour);
        run.setFontFamily("Arial");
        return this;
    }
}
