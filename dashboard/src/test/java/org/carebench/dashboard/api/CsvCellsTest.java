package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run as a formula is made inert; figures stay figures. */
class CsvCellsTest {

    @Test
    void neutralisesFormulaStartsOnly() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("Trafford")).isEqualTo("Trafford");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }

    @Test
    void apiCsvNeutralisesTextButNotNumbers() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "=cmd|' /C calc'!A0");
        row.put("change", -1.5);
        List<String> lines = ApiResponses.csv(List.of(row)).lines().toList();
        assertThat(lines.get(1)).startsWith("'=cmd|").endsWith(",-1.5");
    }
}
