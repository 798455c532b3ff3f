package org.carebench.dashboard.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The training API over the running dashboard: the generated council recorded through it gives the
 * reports' numbers; unknown attendees are refused with nothing saved; a viewer gets counts and never a
 * name (JSON, CSV, XLSX, text); members come from the product's own template; and the counts reach the
 * council's scorecard as local figures.
 */
class TrainingApiIT extends PipelineWarehouseApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private DataSource appDatabase;

    @BeforeEach
    @AfterEach
    void noTrainingRecords() {
        TrainingData.clear(appDatabase);
    }

    @Test
    void answersTheReportsOfTheGeneratedCouncilRecordedThroughTheApi() throws Exception {
        recordGeneratedCouncil();

        JsonNode coverage = json.readTree(get("/api/v1/training/coverage?asOf=2026-01-15", TestUser.ANALYST)
                .body());
        assertThat(coverage.get("councillorsTrained").asInt()).isEqualTo(25);
        assertThat(coverage.get("currentCouncillors").asInt()).isEqualTo(45);
        assertThat(coverage.get("councillorsTrainedPercent").asDouble()).isEqualTo(55.6);
        assertThat(coverage.get("membersNotTrainedNames")).hasSize(24);
        assertThat(coverage.at("/policies/1/accepted").asInt()).isEqualTo(10);
        assertThat(coverage.at("/policies/1/current").asBoolean()).isTrue();

        String foi =
                get("/api/v1/training/foi?since=2019-01-01", TestUser.VIEWER).body();
        assertThat(foi)
                .contains("Corporate Parenting: our responsibility as corporate parents, May 2019: 12 attended\n")
                .contains("Corporate Parenting: our responsibility as corporate parents, June 2022: 7 attended\n")
                .contains("Corporate parenting: placements, April 2025: 5 attended\n")
                .contains("25 of the 45 current councillors (55.6%)");
        assertThat(foi.lines().filter(line -> line.endsWith(" attended"))).hasSize(10);

        String csv = get("/api/v1/training/sessions?since=2024-09-01&format=csv", TestUser.ANALYST)
                .body();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",attendees");
        assertThat(csv).contains("Councillor 36; Councillor 37; Councillor 38; Councillor 39; Councillor 40");

        Map<String, JsonNode> rows = scorecardRows(TestUser.ANALYST);
        assertThat(rows.get("corporate-parents-trained-count")
                        .at("/local/value")
                        .asDouble())
                .isEqualTo(5.0);
        assertThat(rows.get("corporate-parents-trained-pct").at("/local/value").asDouble())
                .isEqualTo(55.6);
        assertThat(rows.get("corporate-parents-trained-pct")
                        .at("/comparison/rank")
                        .isNull())
                .isTrue();
        assertThat(get("/api/v1/audit?limit=5", TestUser.ADMIN).body()).contains("policy-accepted");
        // The board report of every indicator takes the local-only rows in its stride.
        assertThat(get("/api/v1/board-report?la=358&period=2024&format=html", TestUser.ANALYST)
                        .body())
                .contains("Current councillors trained as corporate parents this term");
        assertThat(bytes("/api/v1/board-report?la=358&period=2024&format=docx", TestUser.ANALYST))
                .isNotEmpty();
    }

    @Test
    void unknownAttendeesAreRefusedByNameAndNothingIsSaved() throws Exception {
        post("/api/v1/training/members", TestUser.ANALYST, json.writeValueAsString(members()));
        String session = """
                {"title": "Corporate parenting", "date": "2025-05-01", "type": "corporate-parenting",
                 "trainer": "Head of Service", "attendees": ["Councillor 01", "Councillor 77", "Officer 9"]}""";
        HttpResponse<String> refused = post("/api/v1/training/sessions", TestUser.ANALYST, session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("unknown"))
                .extracting(JsonNode::asText)
                .containsExactly("Councillor 77", "Officer 9");
        assertThat(json.readTree(
                        get("/api/v1/training/sessions", TestUser.ANALYST).body()))
                .isEmpty();
        assertThat(post("/api/v1/training/sessions", TestUser.VIEWER, session.replace("Councillor 77", "Councillor 02"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                "/api/v1/training/sessions",
                                TestUser.ANALYST,
                                session.replace(", \"Councillor 77\", \"Officer 9\"", ""))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aViewerSeesCountsButNeverANameInAnyAnswer() throws Exception {
        recordGeneratedCouncil();
        String since = "?since=2019-01-01";
        List<String> answers = List.of(
                get("/api/v1/training/sessions" + since, TestUser.VIEWER).body(),
                get("/api/v1/training/sessions" + since + "&format=csv", TestUser.VIEWER)
                        .body(),
                workbookText(bytes("/api/v1/training/sessions" + since + "&format=xlsx", TestUser.VIEWER)),
                get("/api/v1/training/coverage", TestUser.VIEWER).body(),
                workbookText(bytes("/api/v1/training/coverage?format=xlsx", TestUser.VIEWER)),
                get("/api/v1/training/foi" + since, TestUser.VIEWER).body(),
                get("/api/v1/training/policies", TestUser.VIEWER).body());
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain("Councillor 0", "Officer 1"));
        assertThat(answers.get(0)).contains("\"attended\":12");
        assertThat(answers.get(3)).contains("\"councillorsTrained\":25");
        assertThat(get("/api/v1/training/members", TestUser.VIEWER).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/training/members/template", TestUser.VIEWER).statusCode())
                .isEqualTo(403);
        // The analyst's own answers do carry the names the viewer's leave out.
        assertThat(get("/api/v1/training/sessions" + since, TestUser.ANALYST).body())
                .contains("Councillor 01");
        assertThat(scorecardRows(TestUser.VIEWER).get("corporate-parents-trained-pct"))
                .isNull();
    }

    @Test
    void membersComeFromTheProductsTemplateAddedOrUpdatedByName() throws Exception {
        post("/api/v1/training/members", TestUser.ANALYST, json.writeValueAsString(members()));
        byte[] template = bytes("/api/v1/training/members/template", TestUser.ANALYST);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("Members");
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(0).getCell(2)))
                    .isEqualTo("from");
            row(sheet, 1, "Councillor 01", "councillor", "2022-05-05", "2025-05-01");
            row(sheet, 2, "Councillor 46", "councillor", "2025-06-01", null);
            // As Excel does when a date is typed into the template's date column.
            sheet.getRow(2).getCell(2).setCellValue(LocalDate.of(2025, 6, 1));
            sheet.getRow(2).getCell(2).setCellStyle(sheet.getColumnStyle(2));
            workbook.write(out);
            filled = out.toByteArray();
        }
        HttpResponse<String> saved = upload("members.xlsx", filled);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(saved.body()).get("added").asInt()).isEqualTo(1);
        assertThat(json.readTree(saved.body()).get("updated").asInt()).isEqualTo(1);
        String members =
                get("/api/v1/training/members?format=csv", TestUser.ANALYST).body();
        assertThat(members)
                .contains("Councillor 01,councillor,2022-05-05,2025-05-01", "Councillor 46,councillor,2025-06-01,");

        HttpResponse<String> refused = upload(
                "members.csv",
                "name,kind,from,to\nCouncillor 47,councillor,5th May,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("error").asText())
                .isEqualTo("members.csv, row 2: from must be a date written YYYY-MM-DD or DD/MM/YYYY, not '5th May'");
    }

    private void recordGeneratedCouncil() throws Exception {
        HttpResponse<String> saved =
                post("/api/v1/training/members", TestUser.ANALYST, json.writeValueAsString(members()));
        assertThat(saved.body()).isEqualTo("{\"added\":54,\"updated\":0}");
        for (GeneratedCouncil.Session s : GeneratedCouncil.sessions()) {
            Map<String, Object> body = Map.of(
                    "title",
                    s.title(),
                    "date",
                    s.date().toString(),
                    "type",
                    s.type().id(),
                    "trainer",
                    "Head of Service",
                    "attendees",
                    s.attendees());
            HttpResponse<String> created =
                    post("/api/v1/training/sessions", TestUser.ANALYST, json.writeValueAsString(body));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(json.readTree(created.body()).get("id").asLong()).isPositive();
        }
        policyVersion("1", "2023-01-01", GeneratedCouncil.councillors(1, 30), "2023-02-01");
        policyVersion("2", "2025-06-01", GeneratedCouncil.councillors(1, 10), "2025-07-01");
    }

    private void policyVersion(String version, String from, List<String> acceptedBy, String on) throws Exception {
        assertThat(post(
                                "/api/v1/training/policies",
                                TestUser.ANALYST,
                                json.writeValueAsString(
                                        Map.of("policy", GeneratedCouncil.POLICY, "version", version, "from", from)))
                        .statusCode())
                .isEqualTo(201);
        JsonNode versions =
                json.readTree(get("/api/v1/training/policies", TestUser.VIEWER).body());
        long id = versions.get(versions.size() - 1).get("id").asLong();
        for (String member : acceptedBy) {
            assertThat(post(
                                    "/api/v1/training/acceptances",
                                    TestUser.ANALYST,
                                    json.writeValueAsString(Map.of("version", id, "member", member, "on", on)))
                            .statusCode())
                    .isEqualTo(201);
        }
    }

    private List<Map<String, Object>> members() {
        return GeneratedCouncil.members().stream()
                .map(m -> {
                    Map<String, Object> member = new HashMap<>();
                    member.put("name", m.name());
                    member.put("kind", m.kind().id());
                    member.put("from", m.from().toString());
                    member.put("to", m.to() == null ? null : m.to().toString());
                    return member;
                })
                .toList();
    }

    private Map<String, JsonNode> scorecardRows(TestUser user) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        json.readTree(get("/api/v1/scorecard?la=358&period=2024", user).body())
                .get("rows")
                .forEach(row -> rows.put(row.at("/indicator/id").asText(), row));
        return rows;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String workbookText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
                    cell -> text.append(format.formatCellValue(cell)).append('|'))));
        }
        return text.toString();
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String boundary = "training-upload-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request("/api/v1/training/members/upload", TestUser.ANALYST)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, TestUser user, String body) throws Exception {
        return http.send(
                request(path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, TestUser user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] bytes(String path, TestUser user) throws Exception {
        HttpResponse<byte[]> response =
                http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
