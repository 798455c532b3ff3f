package org.carebench.pipeline.changes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes a change report's rows as CSV (UTF-8, a header row, fields quoted only where CSV needs it). */
final class ChangeCsv {

    private ChangeCsv() {}

    static void write(ResultSet rows, Path csv) throws SQLException, IOException {
        ResultSetMetaData columns = rows.getMetaData();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                header.add(columns.getColumnLabel(c));
            }
            line(out, header);
            while (rows.next()) {
                List<String> fields = new ArrayList<>();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    Object value = rows.getObject(c);
                    fields.add(value instanceof Double d ? plain(d) : value == null ? "" : value.toString());
                }
                line(out, fields);
            }
        }
    }

    /** 72600, not 72600.0: the figure as DfE published it. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
                field = "\"" + field.replace("\"", "\"\"") + "\"";
            }
            out.write((i > 0 ? "," : "") + field);
        }
        out.write("\n");
    }
}
