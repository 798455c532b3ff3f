package org.carebench.dashboard.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** The training pack from the API, opened with POI and checked against the API's own figures. */
class PackExportIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void defaultPackHasATitleSlideAChartSlidePerIndicatorAndQuestions() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/pack?la=358&period=2024");
        assertThat(response.statusCode()).isEqualTo(200);
        // Kept for a look, and for the conversion test: target/exports/training-pack-358-2024.pptx
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/exports/training-pack-358-2024.pptx"), response.body());
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"training-pack-358-2024.pptx\"");
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(response.body()))) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertThat(slides.get(0).getTitle()).isEqualTo("Trafford: the children in our care");
            List<XSLFSlide> indicatorSlides =
                    slides.stream().filter(s -> chart(s) != null).toList();
            assertThat(indicatorSlides).hasSizeGreaterThanOrEqualTo(10);
            assertThat(slides.get(slides.size() - 1).getTitle()).isEqualTo("Questions a councillor might ask");
            assertThat(slides).hasSize(1 + indicatorSlides.size() + questionSlides(slides));
            for (XSLFSlide slide : slides) {
                assertThat(runSizes(slide))
                        .as("text sizes on " + slide.getTitle())
                        .allMatch(size -> size >= 18);
            }
        }
    }

    @Test
    void eachSlidesFiguresChartAndNotesMatchTheApi() throws Exception {
        List<String> ids = List.of("placement-3plus-moves-pct", "cla-rate-per-10k");
        try (XMLSlideShow ppt = new XMLSlideShow(
                new ByteArrayInputStream(get("/api/v1/pack?la=358&period=2024&indicators=" + String.join(",", ids))
                        .body()))) {
            assertThat(ppt.getSlides()).hasSize(1 + ids.size() + 1);
            for (int i = 0; i < ids.size(); i++) {
                XSLFSlide slide = ppt.getSlides().get(i + 1);
                JsonNode c = json("/api/v1/comparison?indicator=" + ids.get(i) + "&la=358&period=2024");
                JsonNode indicator = indicator(ids.get(i));
                assertThat(slide.getTitle()).isEqualTo(indicator.get("title").asText());
                String text = text(slide);
                assertThat(text)
                        .contains("In 2024, Trafford's figure for")
                        .contains(number(c.at("/la/value").asDouble()))
                        .contains(number(c.at("/england/value").asDouble()))
                        .contains(
                                String.format("%.1f", c.at("/neighbours/value").asDouble()))
                        .contains("Source: ")
                        .contains("Year ending 31 March 2024");
                assertThat(notes(ppt, slide))
                        .contains(indicator.get("definition").asText());
                XDDFLineChartData data =
                        (XDDFLineChartData) chart(slide).getChartSeries().get(0);
                XDDFLineChartData.Series authority = (XDDFLineChartData.Series) data.getSeries(0);
                assertThat(authority
                                .getCTLineSer()
                                .getTx()
                                .getStrRef()
                                .getStrCache()
                                .getPtArray(0)
                                .getV())
                        .isEqualTo("Trafford");
                assertThat(authority
                                .getCTLineSer()
                                .getSpPr()
                                .getLn()
                                .getSolidFill()
                                .getSrgbClr()
                                .getVal())
                        .containsExactly(0x1d, 0x4e, 0xd8);
                JsonNode trend = json("/api/v1/comparison/series?indicator=" + ids.get(i) + "&la=358");
                for (JsonNode year : trend) {
                    int point = authority.getCategoryData().getPointCount() - 1;
                    while (point >= 0
                            && !authority
                                    .getCategoryData()
                                    .getPointAt(point)
                                    .equals(year.get("period").asText())) {
                        point--;
                    }
                    if (point >= 0) {
                        assertThat(value(authority, point))
                                .as(year.get("period").asText())
                                .isEqualTo(
                                        year.at("/la/value").isNumber()
                                                ? year.at("/la/value").asDouble()
                                                : null);
                        assertThat(value((XDDFLineChartData.Series) data.getSeries(data.getSeriesCount() - 1), point))
                                .isEqualTo(year.at("/england/value").asDouble());
                    }
                }
                assertThat(authority
                                .getCategoryData()
                                .getPointAt(authority.getCategoryData().getPointCount() - 1))
                        .isEqualTo("2024");
            }
        }
    }

    /** The chart's own figure at a category, read by the point's index, so a gap stays a gap. */
    private static Double value(XDDFLineChartData.Series series, int index) {
        return series.getCTLineSer().getVal().getNumRef().getNumCache().getPtList().stream()
                .filter(pt -> pt.getIdx() == index)
                .map(pt -> Double.valueOf(pt.getV()))
                .findFirst()
                .orElse(null);
    }

    private static String notes(XMLSlideShow ppt, XSLFSlide slide) {
        return java.util.Arrays.stream(ppt.getNotesSlide(slide).getPlaceholders())
                .filter(shape -> shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY)
                .map(XSLFTextShape::getText)
                .findFirst()
                .orElse("");
    }

    private static XSLFChart chart(XSLFSlide slide) {
        return slide.getRelations().stream()
                .filter(XSLFChart.class::isInstance)
                .map(XSLFChart.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static int questionSlides(List<XSLFSlide> slides) {
        return (int) slides.stream()
                .filter(s -> "Questions a councillor might ask".equals(s.getTitle()))
                .count();
    }

    private static List<Double> runSizes(XSLFSlide slide) {
        List<Double> sizes = new ArrayList<>();
        slide.getShapes().stream()
                .filter(XSLFTextShape.class::isInstance)
                .map(XSLFTextShape.class::cast)
                .flatMap(shape -> shape.getTextParagraphs().stream())
                .flatMap(p -> p.getTextRuns().stream())
                .filter(r -> !r.getRawText().isBlank())
                .forEach(run -> sizes.add(run.getFontSize()));
        return sizes;
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        slide.getShapes().stream()
                .filter(XSLFTextShape.class::isInstance)
                .forEach(shape -> text.append(((XSLFTextShape) shape).getText()).append('\n'));
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private JsonNode indicator(String id) throws Exception {
        for (JsonNode indicator : json("/api/v1/indicators")) {
            if (indicator.get("id").asText().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + id);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
