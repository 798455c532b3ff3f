package org.carebench.dashboard.pack;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A training pack as PowerPoint, on a 16:9 slide: a title slide, one slide per indicator
 * ({@link IndicatorSlide}), then the questions a councillor might ask about each theme covered.
 */
final class PackWriter {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    private static final int THEMES_PER_SLIDE = 3;

    private PackWriter() {}

    static byte[] write(TrainingPack pack) {
        try (XMLSlideShow ppt = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            titleSlide(ppt, pack);
            for (PackSlide slide : pack.slides()) {
                IndicatorSlide.add(ppt, titled(ppt, slide.indicator().title()), slide);
            }
            questionSlides(ppt, pack);
            ppt.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the training pack", e);
        }
    }

    /** A slide whose title is the layout's title placeholder, so PowerPoint's outline and readers find it. */
    static XSLFSlide titled(XMLSlideShow ppt, String title) {
        XSLFSlide slide = ppt.createSlide(ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
        XSLFTextShape heading = slide.getPlaceholder(0);
        heading.setAnchor(new Rectangle2D.Double(MARGIN, 18, WIDTH - 2 * MARGIN, 56));
        heading.clearText();
        var run = heading.addNewTextParagraph().addNewTextRun();
        run.setText(title);
        run.setFontSize(30.0);
        run.setBold(true);
        run.setFontColor(SlideText.INK);
        run.setFontFamily("Arial");
        return slide;
    }

    private static void titleSlide(XMLSlideShow ppt, TrainingPack pack) {
        XSLFSlide slide = titled(ppt, pack.laName() + ": the children in our care");
        SlideText.box(slide, MARGIN, 150, WIDTH - 2 * MARGIN, 260)
                .paragraph("Year ending 31 March " + pack.request().period(), 32, true, SlideText.INK)
                .paragraph("As of DfE release " + String.join(", ", pack.releases()), 24, false, SlideText.INK)
                .paragraph(
                        "Compared with England, the region and " + pack.laName() + "'s statistical neighbours ("
                                + pack.request().model() + " model, "
                                + pack.request().average().id() + ")",
                        20,
                        false,
                        SlideText.MUTED)
                .paragraph("A corporate-parenting session prepared with Carebench", 20, false, SlideText.MUTED);
        notes(
                ppt,
                slide,
                "Figures for a " + pack.request().audience().id() + " audience. "
                        + (pack.missing().isEmpty()
                                ? ""
                                : "Left out, as they have no figure for " + pack.laName() + " up to "
                                        + pack.request().period() + ": " + String.join(", ", pack.missing()) + "."));
    }

    private static void questionSlides(XMLSlideShow ppt, TrainingPack pack) {
        Set<String> themes = new LinkedHashSet<>();
        pack.slides().forEach(slide -> themes.add(slide.indicator().theme()));
        List<String> all = new ArrayList<>(themes);
        for (int from = 0; from < all.size(); from += THEMES_PER_SLIDE) {
            XSLFSlide slide = titled(ppt, "Questions a councillor might ask");
            SlideText text = SlideText.box(slide, MARGIN, 84, WIDTH - 2 * MARGIN, HEIGHT - 110);
            for (String theme : all.subList(from, Math.min(all.size(), from + THEMES_PER_SLIDE))) {
                text.paragraph(theme, 22, true, SlideText.INK);
                CouncillorQuestions.about(theme).forEach(q -> text.paragraph("• " + q, 20, false, SlideText.INK));
            }
        }
    }

    static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        for (XSLFTextShape shape : ppt.getNotesSlide(slide).getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
            }
        }
    }
}
