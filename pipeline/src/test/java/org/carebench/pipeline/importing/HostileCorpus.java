package org.carebench.pipeline.importing;

import static org.carebench.pipeline.Warehouses.reference;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The hostile and broken files an import must refuse, each written afresh into a test's folder
 * (nothing big is kept in the repository) from a real DfE file, so that it is recognised and reaches
 * the readers and checks rather than being set aside as unknown.
 */
final class HostileCorpus {

    static final Path STABILITY = reference("dfe-cla/2024-release/la_cla_placement_stability.csv");
    static final Path SSDA903_XML = reference("ssda903/fake_data/fake_903.xml");

    /** Enough rows to pass the layout's minimum, so a file is refused for what is hostile in it. */
    private static final int ROWS = 150;

    /** A local file an external entity points at; its text must never reach a warehouse or a message. */
    static final String SECRET = "SECRET-8c1f2b";

    /** A file to import, how to write it, and the phrases its rejection must contain. */
    record Case(String file, Writer writer, String... expected) {
        interface Writer {
            void write(Path target) throws IOException;
        }

        Path write(Path folder) throws IOException {
            Path target = folder.resolve(file);
            writer.write(target);
            return target;
        }

        boolean isLocalExtract() {
            return file.endsWith(".xml");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private HostileCorpus() {}

    static List<Case> cases(Path secretFile) {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + billionLaughs() + "]>";
        String xxe = "<!DOCTYPE data [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>";
        return List.of(
                new Case(
                        "zip_bomb.xlsx",
                        target -> sheet(target, "", 0, 200_000_000, List.of()),
                        "zip_bomb.xlsx",
                        "zip bomb",
                        "xl/worksheets/sheet1.xml"),
                new Case(
                        "billion_laughs.xlsx",
                        target -> sheet(target, laughs, ROWS, 0, List.of("&lol9;")),
                        "billion_laughs.xlsx",
                        "DOCTYPE",
                        "never expanded"),
                new Case(
                        "external_entity.xlsx",
                        target -> sheet(target, xxe, ROWS, 0, List.of("&secret;")),
                        "external_entity.xlsx",
                        "DOCTYPE",
                        "never expanded"),
                new Case(
                        "formula_in_figure.xlsx",
                        target -> sheet(target, "", ROWS, 0, List.of("=WEBSERVICE(\"http://x\")")),
                        "formula_in_figure.xlsx",
                        "sheet 'Data' row 7 column M",
                        "formula",
                        "never evaluated"),
                new Case("macros.xlsm", target -> macros(target), "macros.xlsm", "macros"),
                new Case("vba_project_inside.xlsx", target -> macros(target), "vba_project_inside.xlsx", "macros"),
                new Case(
                        "megabyte_cell.xlsx",
                        target -> sheet(target, "", ROWS, 0, List.of(incompressible(4_000_000))),
                        "megabyte_cell.xlsx",
                        "sheet 'Data' row 7 column M",
                        "32767 characters"),
                new Case(
                        "megabyte_cell.csv",
                        target -> csv(target, StandardCharsets.UTF_8, ROWS, "x".repeat(4_000_000)),
                        "megabyte_cell.csv line 7",
                        "Maximum line size"),
                new Case(
                        "utf16.csv",
                        target -> csv(target, StandardCharsets.UTF_16, ROWS, null),
                        "utf16.csv",
                        "UTF-16",
                        "CSV UTF-8"),
                new Case(
                        "windows_1252.csv",
                        target -> csv(target, Charset.forName("windows-1252"), ROWS, "Ch\u00e2teau"),
                        "windows_1252.csv line 7",
                        "not UTF-8",
                        "Windows-1252"),
                new Case(
                        "nul_byte.csv",
                        target -> csv(target, StandardCharsets.UTF_8, ROWS, "12\u00003"),
                        "nul_byte.csv line 7",
                        "NUL byte"),
                new Case(
                        "unclosed_quote.csv",
                        target -> csv(target, StandardCharsets.UTF_8, ROWS, "\"12"),
                        "unclosed_quote.csv line 7",
                        "unterminated quote"),
                new Case("empty.csv", target -> Files.write(target, new byte[0]), "empty.csv", "empty"),
                new Case("empty.xlsx", target -> Files.write(target, new byte[0]), "empty.xlsx", "not a readable xlsx"),
                new Case("truncated.xlsx", target -> truncated(target), "truncated.xlsx", "not a readable xlsx"),
                new Case(
                        "billion_laughs.xml",
                        target -> ssda903(target, laughs, "&lol9;"),
                        "billion_laughs.xml line 1",
                        "DOCTYPE",
                        "never expanded"),
                new Case(
                        "external_entity.xml",
                        target -> ssda903(target, xxe, "&secret;"),
                        "external_entity.xml line 1",
                        "DOCTYPE",
                        "never expanded"));
    }

    /** Ten levels of entities, each ten of the one before: about three gigabytes of "lol" if expanded. */
    private static String billionLaughs() {
        StringBuilder entities = new StringBuilder();
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY lol")
                    .append(level)
                    .append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10))
                    .append("\">");
        }
        return entities.toString();
    }

    /**
     * The placement-stability file as a sheet: its header and first rows, with {@code hostile} put in
     * the figure column ('number', column M) of the sixth data row (sheet row 7), and {@code padding}
     * blank characters that compress to almost nothing.
     */
    static void sheet(Path target, String doctype, int rows, long padding, List<String> hostile) throws IOException {
        List<List<String>> lines = rows(Math.max(rows, 5) + 1);
        HostileWorkbooks.workbook(
                target,
                doctype,
                sheet -> {
                    for (int i = 0; i < lines.size(); i++) {
                        List<String> cells = new ArrayList<>(lines.get(i));
                        if (i == 6 && !hostile.isEmpty()) {
                            cells.set(12, hostile.get(0));
                        }
                        sheet.write(HostileWorkbooks.row(i + 1, cells));
                    }
                    pad(sheet, padding);
                },
                Map.of());
    }

    /** Letters a zip cannot shrink much, so the cell reaches the reader rather than the zip-bomb guard. */
    private static String incompressible(int length) {
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** Every row of the placement-stability file repeated until the sheet holds {@code count} rows. */
    static void millionRows(Path target, int count) throws IOException {
        List<List<String>> lines = rows(Integer.MAX_VALUE);
        HostileWorkbooks.workbook(
                target,
                "",
                sheet -> {
                    sheet.write(HostileWorkbooks.row(1, lines.get(0)));
                    for (int i = 1; i < count; i++) {
                        sheet.write(HostileWorkbooks.row(i + 1, lines.get(1 + (i - 1) % (lines.size() - 1))));
                    }
                },
                Map.of());
    }

    private static void pad(Writer sheet, long padding) throws IOException {
        char[] blanks = new char[1 << 16];
        Arrays.fill(blanks, ' ');
        for (long written = 0; written < padding; written += blanks.length) {
            sheet.write(blanks);
        }
    }

    private static void macros(Path target) throws IOException {
        List<List<String>> lines = rows(6);
        HostileWorkbooks.workbook(
                target,
                "",
                sheet -> {
                    for (int i = 0; i < lines.size(); i++) {
                        sheet.write(HostileWorkbooks.row(i + 1, lines.get(i)));
                    }
                },
                Map.of("xl/vbaProject.bin", "Attribute VB_Name = \"Auto_Open\"".getBytes(StandardCharsets.US_ASCII)));
    }

    private static void truncated(Path target) throws IOException {
        sheet(target, "", 2000, 0, List.of());
        byte[] whole = Files.readAllBytes(target);
        Files.write(target, Arrays.copyOf(whole, whole.length / 2));
    }

    /** The placement-stability CSV's first rows in another encoding, {@code hostile} in line 7's figure column. */
    private static void csv(Path target, Charset charset, int rows, String hostile) throws IOException {
        List<String> lines = new ArrayList<>(
                Files.readAllLines(STABILITY, StandardCharsets.UTF_8).subList(0, rows + 2));
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        if (hostile != null) {
            List<String> fields = new ArrayList<>(CsvHeader.split(lines.get(6)));
            fields.set(charset.equals(Charset.forName("windows-1252")) ? 8 : 12, hostile);
            lines.set(6, String.join(",", fields));
        }
        Files.writeString(target, String.join("\n", lines) + "\n", charset);
    }

    private static List<List<String>> rows(int count) throws IOException {
        try (var lines = Files.lines(STABILITY, StandardCharsets.UTF_8)) {
            return lines.limit(count)
                    .map(line -> CsvHeader.split(line.replace("\uFEFF", "")))
                    .toList();
        }
    }

    /** DfE's XML return with a DOCTYPE, and an entity reference in the first child's CHILDID. */
    private static void ssda903(Path target, String doctype, String reference) throws IOException {
        String xml = Files.readString(SSDA903_XML, StandardCharsets.US_ASCII);
        int declarationEnd = xml.indexOf("?>") + 2;
        String hostile = xml.substring(0, declarationEnd)
                + doctype
                + xml.substring(declarationEnd)
                        .replaceFirst("<CHILDID>\\d+</CHILDID>", "<CHILDID>" + reference + "</CHILDID>");
        Files.writeString(target, hostile, StandardCharsets.US_ASCII);
    }
}
