package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploads through the API: DfE's real files loaded and archived, hostile and mislabelled ones refused. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadApiIT extends UploadsApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AuditLog audit;

    @Test
    @Order(1)
    void analystsUploadedDfeCsvIsLoadedIntoANewSnapshotAndArchivedWithItsChecksum() throws Exception {
        byte[] las = Files.readAllBytes(ProjectPaths.referenceData().resolve("la-codes/las.csv"));
        Path pointer = warehouse().resolve("current");
        String before = Files.exists(pointer) ? Files.readString(pointer) : "";
        HttpResponse<String> response = upload(TestUser.ANALYST, "las.csv", las);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        long id = JSON.readTree(response.body()).get("id").asLong();

        JsonNode result = JSON.readTree(awaitResult(id));

        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("loaded");
        String sha = sha256(las);
        assertThat(result.get("sha256").asText()).isEqualTo(sha);
        assertThat(result.get("size").asLong()).isEqualTo(las.length);
        assertThat(Files.readString(pointer)).isNotEqualTo(before).matches("snapshots/snapshot-\\d+\\.duckdb\\s*");
        Path archived =
                warehouse().resolve("archive/raw").resolve(sha.substring(0, 16)).resolve("las.csv");
        assertThat(archived).exists();
        assertThat(sha256(Files.readAllBytes(archived))).isEqualTo(sha);
        assertThat(warehouse().resolve("quarantine").resolve(Long.toString(id))).doesNotExist();
    }

    @Test
    @Order(2)
    void workbookNamedAsCsvIsRejectedBeforeImportAndThePublishedSnapshotIsUnchanged() throws Exception {
        String before = currentSnapshotSha();
        byte[] workbook = Files.readAllBytes(ProjectPaths.referenceData().resolve("la-codes/la_code_list.xlsx"));

        long id = JSON.readTree(
                        upload(TestUser.ANALYST, "regions.csv", workbook).body())
                .get("id")
                .asLong();
        JsonNode result = JSON.readTree(awaitResult(id));

        assertThat(result.get("status").asText()).isEqualTo("rejected");
        assertThat(result.get("reason").asText())
                .isEqualTo("regions.csv: its name says CSV but its content is an Excel workbook");
        assertThat(currentSnapshotSha()).isEqualTo(before);
        assertThat(warehouse()
                        .resolve("quarantine/rejected")
                        .resolve(Long.toString(id))
                        .resolve("regions.csv"))
                .exists();
    }

    @Test
    @Order(3)
    void csvNoDefinitionRecognisesIsRejectedWithThePipelinesReason() throws Exception {
        String before = currentSnapshotSha();
        byte[] csv = "colour,shape\nred,square\n".getBytes(StandardCharsets.UTF_8);

        long id = JSON.readTree(upload(TestUser.ANALYST, "shapes.csv", csv).body())
                .get("id")
                .asLong();
        JsonNode result = JSON.readTree(awaitResult(id));

        assertThat(result.get("status").asText()).isEqualTo("rejected");
        assertThat(result.get("reason").asText()).contains("shapes.csv");
        assertThat(currentSnapshotSha()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void historyListsEachUploadWithItsResult() throws Exception {
        JsonNode history = JSON.readTree(
                http.send(request("/api/v1/uploads", TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofString())
                        .body());

        List<String> results = new java.util.ArrayList<>();
        history.forEach(upload -> results.add(upload.get("fileName").asText() + " "
                + upload.get("status").asText() + " " + upload.get("username").asText()));
        assertThat(results)
                .contains(
                        "las.csv loaded test-analyst",
                        "regions.csv rejected test-analyst",
                        "shapes.csv rejected test-analyst");
        assertThat(audit.recent(50))
                .anyMatch(entry -> entry.action().equals("import")
                        && entry.detail().contains("las.csv")
                        && entry.detail().contains("loaded"));
    }

    @Test
    @Order(5)
    void analystsLocalExtractIsImportedForTheirAuthorityAndArchivedWithItsChecksum() throws Exception {
        byte[] xml = Files.readAllBytes(ProjectPaths.referenceData().resolve("ssda903/fake_data/fake_903.xml"));
        String before = Files.readString(warehouse().resolve("current"));

        HttpResponse<String> response = upload(
                TestUser.ANALYST,
                "fake_903.xml",
                xml,
                new java.util.LinkedHashMap<>(Map.of("kind", "local", "la", "358", "periodEnd", "2018-03-31")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode result = JSON.readTree(
                awaitResult(JSON.readTree(response.body()).get("id").asLong()));

        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("loaded");
        assertThat(result.get("kind").asText()).isEqualTo("local");
        assertThat(Files.readString(warehouse().resolve("current"))).isNotEqualTo(before);
        String sha = sha256(xml);
        Path archived =
                warehouse().resolve("archive/raw").resolve(sha.substring(0, 16)).resolve("fake_903.xml");
        assertThat(archived).exists();
        assertThat(sha256(Files.readAllBytes(archived))).isEqualTo(sha);
    }

    @Test
    @Order(6)
    void adminRollsBackToTheSnapshotBeforeTheLastImportAnAnalystMayNot() throws Exception {
        JsonNode snapshots = JSON.readTree(
                http.send(request("/api/v1/snapshots", TestUser.ADMIN).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(snapshots.size()).isGreaterThanOrEqualTo(2);
        assertThat(snapshots.get(0).get("current").asBoolean()).isTrue();
        String previous = snapshots.get(1).get("name").asText();

        assertThat(rollback(TestUser.ANALYST, previous).statusCode()).isEqualTo(403);
        assertThat(Files.readString(warehouse().resolve("current"))).doesNotContain(previous);
        HttpResponse<String> done = rollback(TestUser.ADMIN, previous);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(Files.readString(warehouse().resolve("current")).strip()).isEqualTo("snapshots/" + previous);
        HttpResponse<String> unknown = rollback(TestUser.ADMIN, "current");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No snapshot named 'current'");
        assertThat(Files.readString(warehouse().resolve("current")).strip()).isEqualTo("snapshots/" + previous);
        assertThat(audit.recent(20))
                .anyMatch(entry ->
                        entry.action().equals("rollback") && entry.detail().startsWith(previous));
    }

    private HttpResponse<String> rollback(TestUser user, String snapshot) throws Exception {
        return http.send(
                request("/api/v1/snapshots/" + snapshot + "/rollback", user)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nameReachingForAnotherFolderIsRefusedAndAudited() throws Exception {
        HttpResponse<String> response =
                upload(TestUser.ANALYST, "../../x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("'../../x.csv' names a folder");
        assertThat(warehouse().resolve("x.csv")).doesNotExist();
        assertThat(warehouse().getParent().resolve("x.csv")).doesNotExist();
        assertThat(audit.recent(20))
                .anyMatch(entry ->
                        entry.action().equals("upload") && entry.detail().contains("refused"));
    }

    @Test
    void fileOverTheSizeLimitGets413WithAJsonReason() throws Exception {
        byte[] big = new byte[1536 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        HttpResponse<String> response = upload(TestUser.ANALYST, "big.csv", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("upload limit of 1 MB");
    }

    @Test
    void viewerMayNotUpload() throws Exception {
        HttpResponse<String> response = upload(TestUser.VIEWER, "las.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void uploadFormPostedFromAnotherSiteIsRefusedEvenWithTheBrowsersCachedCredentials() throws Exception {
        HttpResponse<String> response = upload(
                TestUser.ANALYST, "las.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "Sec-Fetch-Site", "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static String currentSnapshotSha() throws Exception {
        Path current = warehouse()
                .resolve(Files.readString(warehouse().resolve("current")).strip());
        return sha256(Files.readAllBytes(current));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
