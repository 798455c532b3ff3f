package org.carebench.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.support.PipelineWarehouse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar run as a data team's scheduler runs it (Maven's package phase builds the jar before
 * the integration tests), over the same warehouse as the running dashboard, whose API the files must match.
 */
class ExportCommandIT extends PipelineWarehouseApplicationTest {

    private static final Path JAR = Path.of("target", "carebench-dashboard.jar").toAbsolutePath();

    @Test
    void scorecardWorkbookFromTheCommandLineMatchesTheApi() throws Exception {
        Path out = ProjectPaths.newTargetDirectory("export-").resolve("scorecard.xlsx");
        Result result = export("scorecard", "--la", "358", "--period", "2024", "--out", out.toString());
        assertThat(result.exit()).as(result.stderr()).isEqualTo(0);
        JsonNode card = new ObjectMapper()
                .readTree(HttpClient.newHttpClient()
                        .send(
                                request("/api/v1/scorecard?la=358&period=2024", TestUser.ANALYST)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            var figures = workbook.getSheet("Figures");
            assertThat(figures.getLastRowNum()).isEqualTo(card.get("rows").size());
            Row first = figures.getRow(1);
            JsonNode row = card.get("rows").get(0);
            assertThat(first.getCell(4).getStringCellValue())
                    .isEqualTo(row.at("/indicator/id").asText());
            assertThat(first.getCell(8).getNumericCellValue())
                    .isEqualTo(row.at("/comparison/la/value").asDouble());
        }
    }

    @Test
    void packFromTheCommandLineHasTheChosenIndicators() throws Exception {
        Path out = ProjectPaths.newTargetDirectory("export-").resolve("pack.pptx");
        Result result = export(
                "pack",
                "--la",
                "358",
                "--period",
                "2024",
                "--out",
                out.toString(),
                "--indicators",
                "cla-rate-per-10k,placement-3plus-moves-pct",
                "--audience",
                "public",
                "--average",
                "median");
        assertThat(result.exit()).as(result.stderr()).isEqualTo(0);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            assertThat(ppt.getSlides()).hasSize(4);
            assertThat(ppt.getCharts()).hasSize(2);
        }
    }

    @Test
    void boardReportFromTheCommandLineIsAWordPaperOrAPdf() throws Exception {
        Path dir = ProjectPaths.newTargetDirectory("export-");
        for (String name : List.of("report.docx", "report.pdf")) {
            Result result = export(
                    "board-report",
                    "--la",
                    "358",
                    "--period",
                    "2024",
                    "--out",
                    dir.resolve(name).toString());
            assertThat(result.exit()).as(result.stderr()).isEqualTo(0);
        }
        try (var doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(dir.resolve("report.docx")))) {
            assertThat(doc.getTables()).hasSize(1);
        }
        assertThat(Files.readString(dir.resolve("report.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void usageIsExitTwoAndAFailureIsExitOneWithOneLine() throws Exception {
        assertThat(export("slides", "--la", "358").exit()).isEqualTo(2);
        assertThat(export("pack", "--la", "358", "--period", "2024").exit()).isEqualTo(2);
        Path out = ProjectPaths.newTargetDirectory("export-").resolve("none.xlsx");
        Result unknown = export("scorecard", "--la", "999", "--period", "2024", "--out", out.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.stderr().strip().lines()).containsExactly("export failed: Unknown local authority: 999");
        assertThat(out).doesNotExist();
    }

    private record Result(int exit, String stderr) {}

    private static Result export(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "export",
                args[0],
                "--warehouse",
                PipelineWarehouse.directory().toString()));
        command.addAll(List.of(args).subList(1, args.length));
        Path stderr = Files.createTempFile("export-", ".err");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("export did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(stderr));
    }
}
