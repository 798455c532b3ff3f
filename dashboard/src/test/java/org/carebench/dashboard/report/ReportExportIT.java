package org.carebench.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** The board report as Word and PDF, opened with POI and PDFBox, against the scorecard API's figures. */
class ReportExportIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wordPaperHasAWordTableWithTheScorecardsFigures() throws Exception {
        JsonNode card = json("/api/v1/scorecard?la=358&period=2024");
        byte[] docx = keep("board-report-358-2024.docx", get("/api/v1/board-report?la=358&period=2024&format=docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Children in care: performance on a page, Trafford");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Authority");
            long themes = card.get("rows").findValuesAsText("theme").stream()
                    .distinct()
                    .count();
            assertThat(table.getRows()).hasSize(1 + card.get("rows").size() + (int) themes);
            XWPFTableRow stability = row(table, "Long-term placement stability");
            assertThat(stability.getCell(1).getText()).isEqualTo("76");
            assertThat(stability.getCell(5).getText()).isEqualTo("68");
            assertThat(stability.getCell(6).getText()).isEqualTo("9 of 149");
            assertThat(stability.getCell(7).getText()).isEqualTo("A");
        }
    }

    @Test
    void pdfIsDrawnOnTheServerFromTheSameReport() throws Exception {
        byte[] pdf = keep(
                "board-report-358-2024.pdf",
                get("/api/v1/board-report?la=358&period=2024&format=pdf"
                        + "&indicators=placement-3plus-moves-pct,placement-long-term-stability-pct"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("performance on a page, Trafford")
                    .contains("9 of 149")
                    .doesNotContain("#")
                    .doesNotContain("Children looked after per 10,000");
        }
    }

    private static XWPFTableRow row(XWPFTable table, String title) {
        return table.getRows().stream()
                .filter(r -> r.getCell(0).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + title));
    }

    /** Kept under target/exports for a look and for the office conversion test. */
    static byte[] keep(String name, byte[] file) throws Exception {
        Files.createDirectories(Path.of("target/exports"));
        Files.write(Path.of("target/exports", name), file);
        return file;
    }

    private JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(get(path));
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response =
                http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
