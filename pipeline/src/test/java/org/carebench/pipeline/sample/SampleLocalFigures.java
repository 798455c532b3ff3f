package org.carebench.pipeline.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Trafford's local-figures workbook, as a council fills in the product's template: the figures no
 * return carries (councillors trained as corporate parents, in number and as a share), one a row. Written with fixed dates
 * inside and on every part of the zip, so each run gives the same bytes.
 */
final class SampleLocalFigures {

    static final String FILE = "local-figures.xlsx";
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2025, 4, 30, 12, 0);

    /**
     * Five years of each figure, oldest first: councillors trained in the year, and the percentage of
     * the 63 in office on 31 March trained since their present term began (it falls after the
     * all-out election of May 2023, when many members were new).
     */
    private static final Map<String, double[]> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("corporate-parents-trained-count", new double[] {14, 21, 26, 33, 41});
        FIGURES.put("corporate-parents-trained-pct", new double[] {38.1, 47.6, 55.6, 49.2, 61.9});
    }

    private SampleLocalFigures() {}

    static byte[] workbook() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties()
                    .getCoreProperties()
                    .setCreated(Optional.of(Date.from(WRITTEN.toInstant(ZoneOffset.UTC))));
            Sheet sheet = workbook.createSheet("Local figures");
            String[] header = {"indicator", "period", "value", "notes"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            int next = 1;
            for (Map.Entry<String, double[]> figures : FIGURES.entrySet()) {
                double[] values = figures.getValue();
                for (int i = 0; i < values.length; i++) {
                    Row row = sheet.createRow(next++);
                    row.createCell(0).setCellValue(figures.getKey());
                    row.createCell(1).setCellValue("31/03/" + (Cohorts.LAST_YEAR - values.length + 1 + i));
                    row.createCell(2).setCellValue(values[i]);
                    row.createCell(3).setCellValue("Sample: invented figure");
                }
            }
            workbook.write(written);
        }
        return withFixedTimes(written.toByteArray());
    }

    /** The same parts in the same order, each stamped with one fixed local time (no time zone enters a zip's DOS time this way). */
    private static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(WRITTEN);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
