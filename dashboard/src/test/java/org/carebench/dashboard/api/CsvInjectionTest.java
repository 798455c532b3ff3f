package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvInjectionTest {

    @Test
    void textThatStartsLikeAFormulaIsQuotedButNegativeNumbersStayNumbers() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "=1+2");
        row.put("extract", "@SUM(A1)");
        row.put("note", "-cmd|' /C calc'!A0");
        row.put("change", -3.5);
        row.put("plain", "Trafford");
        List<String> lines = ApiResponses.csv(List.of(row)).lines().toList();
        assertThat(lines.get(1)).isEqualTo("'=1+2,'@SUM(A1),'-cmd|' /C calc'!A0,-3.5,Trafford");
    }
}
