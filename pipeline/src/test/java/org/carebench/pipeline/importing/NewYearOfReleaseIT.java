package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.reference;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A release of an old family for a year the reference folder lacks loads with no change to jobs/:
 * real files re-yeared as DfE would have published them (the 2013 underlying-data CSVs as 2014's,
 * the 2015 LA tables as 2019's, every year moved on four).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewYearOfReleaseIT extends PipelineJobTest {

    private static final int YEARS_ON = 4;
    private static final Set<String> READ = Set.of("LAA1", "LAD1");
    private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]+)\"[^>]* r:id=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP =
            Pattern.compile("<Relationship Id=\"([^\"]+)\"[^>]* Target=\"([^\"]+)\"");
    private static final String EMPTY_SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>";

    /** A shared string's text, not the counts in the part's own attributes. */
    private static final Pattern STRING_TEXT = Pattern.compile("<t(?: [^>]*)?>[^<]*</t>");

    private static final Pattern TEXT_YEAR = Pattern.compile("\\b(20[01]\\d)\\b");
    /** A number cell (no t="s": a shared string's index is no year) holding a year. */
    private static final Pattern CELL_YEAR =
            Pattern.compile("<c r=\"[A-Z]+\\d+\"(?: s=\"\\d+\")?(?: t=\"n\")?><v>(20[01]\\d)</v>");
    /** A sheet's first twelve rows, where the tables' titles and year headings are. */
    private static final Pattern HEADING_ROW =
            Pattern.compile("<row r=\"([1-9]|1[0-2])\"[^>]*[^/]>.*?</row>", Pattern.DOTALL);

    @TempDir
    static Path folder;

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;
    ImportOutcome outcome;

    @BeforeAll
    void importReYearedCopies() throws Exception {
        Path cla = folder.resolve("SFR30_CLA2014.csv");
        List<String> lines = Files.readAllLines(reference("legacy/underlying-2012-2016/SFR36_CLA2013.csv"));
        lines.set(0, lines.get(0).replace("2013", "2014"));
        Files.write(cla, lines, StandardCharsets.UTF_8);
        Path ceased = Files.copy(
                reference("legacy/underlying-2012-2016/SFR36_CEA2013.csv"), folder.resolve("SFR30_CEA2014.csv"));
        Path tables = reYear(
                reference("legacy/SFR34_2015_Local_Authority_Tables.xlsx"),
                folder.resolve("SFR40_2019_Local_Authority_Tables.xlsx"));
        warehouse = new Warehouse(folder.resolve("warehouse"));
        outcome = commands.importFiles(
                warehouse,
                List.of(referencePath("la-codes/las.csv"), cla.toString(), ceased.toString(), tables.toString()));
    }

    @Test
    void loadsEveryCopyAsTheYearItsNamesCarry() throws Exception {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(query(
                        warehouse,
                        "SELECT regexp_extract(path, '[^/]+$'), layout, release FROM source_file ORDER BY 1, 2"))
                .containsExactly(
                        "SFR30_CEA2014.csv|sfr-underlying-ceased|2014",
                        "SFR30_CLA2014.csv|sfr-underlying-cla|2014",
                        "SFR40_2019_Local_Authority_Tables.xlsx|sfr41-ceased|2019",
                        "SFR40_2019_Local_Authority_Tables.xlsx|sfr41-cla-numbers-and-rates|2019",
                        "las.csv|la-code-list|null");
    }

    @Test
    void readsTheFiguresUnderTheirNewYears() throws Exception {
        assertThat(figure(warehouse, "placement-3plus-moves-pct", "358", 2014)).isEqualTo("8.0|null");
        assertThat(figure(warehouse, "ceased-adopted-pct", "E92000001", 2014)).isEqualTo("14.0|null");
        assertThat(figure(warehouse, "cla-count", "841", 2015)).isEqualTo("185.0|null");
        assertThat(figure(warehouse, "cla-rate-per-10k", "358", 2019)).isEqualTo("62.0|null");
    }

    /**
     * The workbook with every year moved on in its text (titles, notes) and in the number cells of the
     * tables' first rows (their year headings), rewritten part by part inside the zip. Sheets the
     * definitions do not read are emptied: the real tables, re-yeared, load in seconds.
     */
    private static Path reYear(Path source, Path target) throws Exception {
        Map<String, String> sheetIds = new HashMap<>();
        Set<String> kept = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals("xl/workbook.xml")) {
                    SHEET.matcher(xml).results().forEach(sheet -> sheetIds.put(sheet.group(2), sheet.group(1)));
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    RELATIONSHIP
                            .matcher(xml)
                            .results()
                            .filter(relation -> READ.contains(sheetIds.getOrDefault(relation.group(1), "")))
                            .forEach(relation -> kept.add("xl/" + relation.group(2)));
                } else if (name.equals("xl/sharedStrings.xml")) {
                    xml = moveOnWithin(STRING_TEXT, TEXT_YEAR, xml);
                } else if (name.startsWith("xl/worksheets/sheet")) {
                    xml = kept.contains(name) ? moveOnWithin(HEADING_ROW, CELL_YEAR, xml) : EMPTY_SHEET;
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(xml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    /** The years in each part of the XML that {@code part} matches moved on; the rest (counts, indexes) as it was. */
    private static String moveOnWithin(Pattern part, Pattern year, String xml) {
        Matcher found = part.matcher(xml);
        StringBuilder moved = new StringBuilder();
        while (found.find()) {
            found.appendReplacement(moved, Matcher.quoteReplacement(moveOn(year, found.group())));
        }
        return found.appendTail(moved).toString();
    }

    private static String moveOn(Pattern year, String text) {
        return year.matcher(text)
                .replaceAll(match -> match.group()
                        .replace(match.group(1), String.valueOf(Integer.parseInt(match.group(1)) + YEARS_ON)));
    }
}
