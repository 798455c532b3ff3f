package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.Polarity;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

    private static final Indicator MOVES = new Indicator(
            "placement-3plus-moves-pct",
            "Three or more placements",
            "Placements",
            "percent",
            Polarity.LOWER,
            "Looked after on 31 March with 3+ placements",
            "DfE SSDA903",
            "Rounded to the nearest whole number");

    @Test
    void numbersStayNumbersAndFormulaLikeTextIsMarkedAsText() throws Exception {
        XSSFSheet figures = workbook(table()).getSheet("Figures");
        assertThat(figures.getRow(0).getCell(2).getStringCellValue()).isEqualTo("la_value");
        var change = figures.getRow(1).getCell(5);
        assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(change.getNumericCellValue()).isEqualTo(-2.5);
        assertThat(new DataFormatter().formatCellValue(figures.getRow(1).getCell(1)))
                .isEqualTo("2024");
        var name = figures.getRow(1).getCell(6);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(figures.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                .isFalse();
    }

    @Test
    void withheldFigureShowsDfesSymbolExplainedInTheKey() throws Exception {
        XSSFWorkbook workbook = workbook(table());
        var suppressed = workbook.getSheet("Figures").getRow(2).getCell(2);
        assertThat(suppressed.getCellType()).isEqualTo(CellType.STRING);
        assertThat(suppressed.getStringCellValue()).isEqualTo("c");
        XSSFSheet key = workbook.getSheet("Key");
        assertThat(key.getRow(1).getCell(0).getStringCellValue()).isEqualTo("c");
        assertThat(key.getRow(1).getCell(1).getStringCellValue()).startsWith("confidential");
    }

    @Test
    void notesCarryTheSelectionAndEachIndicatorsDefinitionSourceReleaseAndCaveats() throws Exception {
        XSSFSheet notes = workbook(table()).getSheet("Notes");
        assertThat(notes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Trafford (358)");
        // the selection, a blank row, the header, then the indicator
        var indicator = notes.getRow(table().selection().size() + 3);
        assertThat(indicator.getCell(0).getStringCellValue()).isEqualTo("placement-3plus-moves-pct");
        assertThat(indicator.getCell(4).getStringCellValue()).isEqualTo(MOVES.definition());
        assertThat(indicator.getCell(5).getStringCellValue()).isEqualTo("DfE SSDA903");
        assertThat(indicator.getCell(6).getStringCellValue()).isEqualTo("2023 release, 2024 release");
        assertThat(indicator.getCell(7).getStringCellValue()).isEqualTo(MOVES.caveats());
    }

    private static TableExport table() {
        return TableExport.of(
                        "test",
                        List.of(
                                row(2024, 5.0, null, "2024 release", -2.5, "=HYPERLINK(\"http://x\")"),
                                row(2023, null, "c", "2023 release", null, "Trafford")))
                .describedBy(List.of(MOVES), CsvRows.selection("Trafford (358)", 2024, "2025", "mean", "internal"));
    }

    private static Map<String, Object> row(
            int period, Double value, String status, String release, Double change, String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicator", MOVES.id());
        row.put("period", period);
        row.put("la_value", value);
        row.put("la_status", status);
        row.put("la_release", release);
        row.put("change", change);
        row.put("la_name", name);
        return row;
    }

    private static XSSFWorkbook workbook(TableExport table) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(XlsxTable.write(table)));
    }
}
