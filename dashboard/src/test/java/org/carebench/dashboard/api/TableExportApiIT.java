package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/** CSV and XLSX from the API over the reference releases, checked against the API's own JSON. */
class TableExportApiIT extends PipelineWarehouseApplicationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void scorecardWorkbookHoldsTheApisFiguresAsNumbersWithNotes() throws Exception {
        JsonNode card = json("/api/v1/scorecard?la=358&period=2024");
        HttpResponse<byte[]> response = get("/api/v1/scorecard?la=358&period=2024&format=xlsx");
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"scorecard-358-2024.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet figures = workbook.getSheet("Figures");
            assertThat(figures.getLastRowNum()).isEqualTo(card.get("rows").size());
            for (JsonNode row : card.get("rows")) {
                Map<String, Object> cells = row(figures, row.at("/indicator/id").asText());
                for (String area : List.of("la", "england", "region")) {
                    JsonNode value = row.at("/comparison/" + area + "/value");
                    if (value.isNumber()) {
                        assertThat(cells.get(area + "_value")).as(area).isEqualTo(value.asDouble());
                    } else if (!row.at("/comparison/" + area + "/status").isMissingNode()
                            && row.at("/comparison/" + area + "/status").isTextual()) {
                        assertThat(cells.get(area + "_value"))
                                .isEqualTo(row.at("/comparison/" + area + "/status")
                                        .asText());
                    }
                }
            }
            JsonNode stability = card.get("rows").findParents("indicator").stream()
                    .filter(r -> r.at("/indicator/id").asText().equals("placement-long-term-stability-pct"))
                    .findFirst()
                    .orElseThrow();
            assertThat(notesRow(workbook.getSheet("Notes"), "placement-long-term-stability-pct"))
                    .contains(stability.at("/indicator/definition").asText());
            assertThat(notesRow(workbook.getSheet("Notes"), "authority")).contains("Trafford (358)");
            assertThat(workbook.getSheet("Key").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("c");
        }
    }

    @Test
    void seriesAndEveryAuthorityComeAsCsvAndXlsxWithTheJsonsRows() throws Exception {
        String series = "/api/v1/comparison/series?indicator=placement-3plus-moves-pct&la=358";
        JsonNode periods = json(series);
        HttpResponse<byte[]> csv = get(series + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"series-placement-3plus-moves-pct-358.csv\"");
        assertThat(new String(csv.body()).lines()).hasSize(periods.size() + 1);

        String all = "/api/v1/comparison/authorities?indicator=placement-3plus-moves-pct&period=2024";
        JsonNode authorities = json(all).get("figures");
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(get(all + "&format=xlsx").body()))) {
            Sheet figures = workbook.getSheet("Figures");
            assertThat(figures.getLastRowNum()).isEqualTo(authorities.size());
            Row trafford = row(figures, 2, "358");
            assertThat(trafford.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(trafford.getCell(4).getNumericCellValue()).isEqualTo(5.0);
        }
        assertThat(get(all + "&format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void publicAudienceIsNamedInTheWorkbook() throws Exception {
        byte[] body = get("/api/v1/scorecard?la=358&period=2024&format=xlsx&audience=public")
                .body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(notesRow(workbook.getSheet("Notes"), "audience")).contains("public");
        }
    }

    private static Map<String, Object> row(Sheet sheet, String indicator) {
        Row header = sheet.getRow(0);
        int column = 0;
        while (!header.getCell(column).getStringCellValue().equals("indicator")) {
            column++;
        }
        Row row = row(sheet, column, indicator);
        Map<String, Object> cells = new HashMap<>();
        header.forEach(cell -> {
            var value = row.getCell(cell.getColumnIndex());
            cells.put(
                    cell.getStringCellValue(),
                    value == null
                            ? null
                            : value.getCellType() == CellType.NUMERIC
                                    ? (Object) value.getNumericCellValue()
                                    : value.getStringCellValue());
        });
        return cells;
    }

    private static Row row(Sheet sheet, int column, String key) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && key.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + key);
    }

    private static List<String> notesRow(Sheet notes, String first) {
        Row row = row(notes, 0, first);
        return java.util.stream.StreamSupport.stream(row.spliterator(), false)
                .map(cell -> cell.getStringCellValue())
                .toList();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
