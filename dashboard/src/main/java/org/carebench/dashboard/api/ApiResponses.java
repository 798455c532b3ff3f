package org.carebench.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON by default; the same figures as a table with {@code format=csv} or {@code format=xlsx},
 * downloaded under a name that says what they are.
 */
public final class ApiResponses {

    // Quote only where CSV needs it, so that ids and names read as written.
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ApiResponses() {}

    public static ResponseEntity<?> respond(String format, Object json, Supplier<TableExport> table) {
        return switch (format == null ? "json" : format.strip().toLowerCase(Locale.ROOT)) {
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
            case "csv" -> {
                TableExport t = table.get();
                yield download(t.fileName() + ".csv", TEXT_CSV, csv(t.rows()));
            }
            case "xlsx" -> {
                TableExport t = table.get();
                yield download(t.fileName() + ".xlsx", XLSX, XlsxTable.write(t));
            }
            default -> throw new IllegalArgumentException("format must be json, csv or xlsx, not " + format);
        };
    }

    /** The table as a file's bytes: {@code csv} (UTF-8) or {@code xlsx}, as the API would send it. */
    public static byte[] file(String format, TableExport table) {
        return switch (format) {
            case "csv" -> csv(table.rows()).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> XlsxTable.write(table);
            default -> throw new IllegalArgumentException("format must be csv or xlsx, not " + format);
        };
    }

    /** A file to save rather than show: the browser offers it under {@code fileName}. */
    public static <T> ResponseEntity<T> download(String fileName, MediaType type, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    /** 12183016, not 1.2183016E7: spreadsheets and people read figures as published. */
    private static Map<String, Object> plainNumbers(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((name, value) -> plain.put(
                name,
                value instanceof Double d
                        ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                        : SpreadsheetText.forCsv(value)));
        return plain;
    }

    static String csv(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(schema::addColumn);
        try {
            return CSV.writer(schema.build())
                    .writeValueAsString(
                            rows.stream().map(ApiResponses::plainNumbers).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV", e);
        }
    }
}
