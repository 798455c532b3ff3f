package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run as a formula is made inert; figures stay figures. */
class SpreadsheetTextTest {

    @Test
    void neutralisesFormulaStartsOnly() {
        assertThat(SpreadsheetText.forCsv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.forCsv("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.forCsv("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.forCsv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.forCsv("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.forCsv("Trafford")).isEqualTo("Trafford");
        assertThat(SpreadsheetText.forCsv("")).isEqualTo("");
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
