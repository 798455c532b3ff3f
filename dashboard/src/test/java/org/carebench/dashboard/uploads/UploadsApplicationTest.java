package org.carebench.dashboard.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.carebench.dashboard.security.UserStore;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard over a warehouse of its own, which these tests change by uploading (the shared
 * warehouse of the other tests must stay as imported, so this context cannot be theirs), with the real pipeline jar and a 1 MB limit.
 * Both upload test classes share this one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
abstract class UploadsApplicationTest {

    static final String BOUNDARY = "carebench-test-boundary";
    private static Path warehouse;

    @DynamicPropertySource
    static void uploadWarehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> warehouse().toString());
        registry.add("carebench.uploads.max-size", () -> "1MB");
        registry.add(
                "carebench.pipeline.jar",
                () -> ProjectPaths.root()
                        .resolve("pipeline/target/carebench-pipeline.jar")
                        .toString());
        registry.add("carebench.jobs", () -> ProjectPaths.root().resolve("jobs").toString());
    }

    static synchronized Path warehouse() {
        if (warehouse == null) {
            try {
                warehouse = ProjectPaths.newTargetDirectory("uploads-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @BeforeEach
    void addTestUsers() {
        TestUser.ensureAll(users);
    }

    String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    HttpRequest.Builder request(String pathAndQuery, TestUser user) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Authorization", user.basic());
    }

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> upload(TestUser user, String fileName, byte[] content, String... headers) throws Exception {
        return upload(user, fileName, content, Map.of("kind", "national"), headers);
    }

    /** A multipart upload as the Imports page and {@code curl -F} send it: the form's fields, then the file. */
    HttpResponse<String> upload(
            TestUser user, String fileName, byte[] content, Map<String, String> fields, String... headers)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request("/api/v1/uploads", user)
                        .headers(headers.length == 0 ? new String[] {"Accept", "*/*"} : headers)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the upload until its import has a result, and returns its last JSON. */
    String awaitResult(long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String json = http.send(
                            request("/api/v1/uploads/" + id, TestUser.ANALYST).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (json.matches(".*\"status\":\"(loaded|set-aside|rejected)\".*")) {
                return json;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Upload " + id + " has no result after 3 minutes");
    }
}
