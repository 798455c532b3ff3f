package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes xlsx packages by hand, part by part, so a test controls every byte a hostile workbook holds
 * (a DOCTYPE, a formula, a macro part, a sheet far larger than its zip) while the rest is a real DfE
 * file's header and rows, and so still recognised.
 */
final class HostileWorkbooks {

    /** Writes one sheet's rows into the sheet XML; rows are numbered from 1 as Excel does. */
    interface SheetBody {
        void write(Writer sheet) throws IOException;
    }

    private HostileWorkbooks() {}

    static Path workbook(Path target, String doctype, SheetBody body, Map<String, byte[]> extraParts)
            throws IOException {
        boolean macros = extraParts.containsKey("xl/vbaProject.bin");
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", contentTypes(macros));
            put(
                    zip,
                    "_rels/.rels",
                    rels(
                            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                            "xl/workbook.xml",
                            ""));
            put(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    rels(
                            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                            "worksheets/sheet1.xml",
                            macros
                                    ? "<Relationship Id=\"rId9\" Target=\"vbaProject.bin\" Type=\"http://schemas"
                                            + ".microsoft.com/office/2006/relationships/vbaProject\"/>"
                                    : ""));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            body.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    /**
     * One row of inline-string cells. A cell starting with '=' is written as a formula with a cached
     * value, and one written as an entity reference ({@code &name;}) is left as it is, for the parser to meet.
     */
    static String row(int number, List<String> cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.size(); i++) {
            String ref = column(i) + number;
            String text = cells.get(i);
            if (text.startsWith("=")) {
                row.append("<c r=\"")
                        .append(ref)
                        .append("\"><f>")
                        .append(escape(text.substring(1)))
                        .append("</f><v>0</v></c>");
            } else {
                String xml = text.matches("&\\w+;") ? text : escape(text);
                row.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(xml)
                        .append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : column(index / 26 - 1) + column(index % 26);
    }

    private static String contentTypes(boolean macros) {
        String main = macros
                ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + (macros ? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : "")
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + main + "\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats"
                + "-officedocument.spreadsheetml.worksheet+xml\"/></Types>";
    }

    private static String rels(String type, String target, String more) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/>" + more
                + "</Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
