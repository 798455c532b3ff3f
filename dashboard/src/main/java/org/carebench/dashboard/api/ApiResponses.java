package org.carebench.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON by default; CSV when the request says {@code format=csv}. */
public final class ApiResponses {

    // Quote only where CSV needs it, so that ids and names read as written.
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private ApiResponses() {
    }

    public static ResponseEntity<?> respond(String format, Object json, Supplier<List<Map<String, Object>>> csvRows) {
        return switch (format == null ? "json" : format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
            case "csv" -> ResponseEntity.ok().contentType(TEXT_CSV).body(csv(csvRows.get()));
            default -> throw new IllegalArgumentException("format must be json or csv, not " + format);
        };
    }

    /**
     * 12183016, not 1.2183016E7: spreadsheets and people read figures as published. Text that a
     * spreadsheet would take for a formula is made inert.
     */
    private static Map<String, Object> plainCells(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((name, value) -> plain.put(name, value instanceof Double d
                ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : value instanceof String text ? CsvCells.neutralise(text) : value));
        return plain;
    }

    static String csv(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(schema::addColumn);
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows.stream().map(ApiResponses::plainCells).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV", e);
        }
    }
}
