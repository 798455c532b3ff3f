package org.carebench.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** The Word paper's native trend charts, opened with POI, against the series API's figures. */
class ReportChartsIT extends PipelineWarehouseApplicationTest {

    private static final String INDICATORS = "placement-3plus-moves-pct,placement-long-term-stability-pct";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wordPaperHasANativeTrendChartPerIndicatorWithTheSeriesFigures() throws Exception {
        byte[] docx = ReportExportIT.keep(
                "board-report-358-2024-charts.docx",
                get("/api/v1/board-report?la=358&period=2024&format=docx&indicators=" + INDICATORS));
        JsonNode series = new ObjectMapper()
                .readTree(get("/api/v1/comparison/series?indicator=placement-3plus-moves-pct&la=358&sn=2025"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFChart> charts = doc.getCharts();
            assertThat(charts).hasSize(2);
            XDDFChartData lines = charts.get(0).getChartSeries().get(0);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < lines.getSeriesCount(); i++) {
                titles.add(((XDDFLineChartData.Series) lines.getSeries(i))
                        .getCTLineSer()
                        .getTx()
                        .getStrRef()
                        .getStrCache()
                        .getPtArray(0)
                        .getV());
            }
            assertThat(titles).containsExactly("Trafford", "Statistical neighbours (mean)", "North West", "England");
            var authority = lines.getSeries(0);
            int last = authority.getCategoryData().getPointCount() - 1;
            assertThat(authority.getCategoryData().getPointAt(last)).isEqualTo("2024");
            JsonNode year2024 = null;
            for (JsonNode c : series) {
                if (c.get("period").asInt() == 2024) {
                    year2024 = c;
                }
            }
            assertThat(year2024).isNotNull();
            assertThat(((Number) authority.getValuesData().getPointAt(last)).doubleValue())
                    .isEqualTo(year2024.get("la").get("value").asDouble());
            String xml = charts.get(0).getCTChartSpace().xmlText();
            assertThat(xml).containsIgnoringCase(SeriesStyle.AUTHORITY.colour().substring(1));
            assertThat(xml).containsIgnoringCase(SeriesStyle.NEIGHBOURS.colour().substring(1));
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()))
                    .anyMatch(text ->
                            text.startsWith("Children with 3 or more placements during the year, years ending"));
        }
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response =
                http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
