package org.carebench.dashboard.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.NeighbourAverage;
import org.carebench.dashboard.figures.Polarity;
import org.junit.jupiter.api.Test;

/** A pack written from figures made here: the sentence, the gaps in a trend and the questions. */
class PackWriterTest {

    static final Indicator RATE = new Indicator(
            "cla-rate-per-10k",
            "Children looked after per 10,000 children",
            "Who becomes looked after and why",
            "rate-per-10k",
            Polarity.NONE,
            "Per 10,000 aged 0 to 17.",
            null,
            "Rounded to the nearest 10.");

    @Test
    void sentenceSaysWhereTheAuthorityStandsAgainstEnglandAndItsNeighbours() {
        assertThat(PackSentence.of(RATE, comparison(2024, 67.0, 70.0, 58.4)))
                .isEqualTo("In 2024, Trafford's figure for children looked after per 10,000 children was 67 per"
                        + " 10,000 children: below England's 70 and above its neighbours' average of 58.4.");
    }

    @Test
    void trendWithASuppressedYearStillMakesAChart() throws Exception {
        List<Comparison> trend = new ArrayList<>();
        trend.add(comparison(2022, null, 71.0, 60.0));
        trend.add(comparison(2023, 63.0, 71.0, 59.0));
        trend.add(comparison(2024, 67.0, 70.0, 58.4));
        TrainingPack pack = new TrainingPack(
                new PackRequest("358", 2024, List.of(RATE.id()), "2025", Average.MEAN, Audience.INTERNAL),
                "Trafford",
                List.of(new PackSlide(RATE, trend.get(2), trend)),
                List.of("2024"),
                List.of());
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(PackWriter.write(pack)))) {
            assertThat(ppt.getSlides()).hasSize(3);
            assertThat(ppt.getCharts()).hasSize(1);
            var chart = ppt.getCharts().get(0);
            var series =
                    (XDDFLineChartData.Series) chart.getChartSeries().get(0).getSeries(0);
            // The suppressed year is a gap at its own place, not a zero and not a shift of the later years.
            var cache = series.getCTLineSer().getVal().getNumRef().getNumCache();
            assertThat(cache.getPtCount().getVal()).isEqualTo(3);
            assertThat(cache.getPtList())
                    .extracting(pt -> pt.getIdx() + "=" + pt.getV())
                    .containsExactly("1=63.0", "2=67.0");
            var sheet = chart.getWorkbook().getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Trafford");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(67.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2024");
        }
    }

    static Comparison comparison(int period, Double la, Double england, Double neighbours) {
        return new Comparison(
                RATE.id(),
                period,
                new AreaFigure("358", "Trafford", la, la == null ? "c" : null, "2024"),
                new AreaFigure("E92000001", "England", england, null, "2024"),
                new AreaFigure("E12000002", "North West", 94.0, null, "2024"),
                new NeighbourAverage("2025", "mean", neighbours, 10, List.of()),
                null,
                null,
                new Direction(period - 1, 63.0, la == null ? null : la - 63.0, "up", "none", "not tested"),
                null);
    }
}
