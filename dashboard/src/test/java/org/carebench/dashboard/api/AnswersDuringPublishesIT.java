package org.carebench.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.carebench.dashboard.security.UserStore;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Snapshots published one after another while readers ask for scorecards: every snapshot's figures,
 * titles and release carry its number, so an answer put together from two snapshots shows two numbers,
 * and each must show only the number of the snapshot its Carebench-Snapshot header names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class AnswersDuringPublishesIT {

    private static final int SNAPSHOTS = 30;
    private static final int READERS = 4;
    private static final FixtureWarehouse FIXTURE = fixture();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<Integer> seen = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> FIXTURE.directory().toString());
    }

    @Test
    void everyAnswerIsReadFromTheOneSnapshotItsHeaderNames() throws Exception {
        TestUser.ensureAll(users);
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            for (int n = 2; n <= SNAPSHOTS; n++) {
                publish(n);
            }
        });
        List<CompletableFuture<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.add(CompletableFuture.supplyAsync(() -> read(reader, publishing)));
        }
        publishing.get();
        int answers = 0;
        for (CompletableFuture<Integer> reader : readers) {
            answers += reader.get();
        }
        assertThat(problems).as("answers checked: " + answers).isEmpty();
        assertThat(seen).as("answers came from many of the snapshots").hasSizeGreaterThan(SNAPSHOTS / 2);
    }

    /** Scorecards with every choice varied, so most are read afresh, until the last snapshot is out. */
    private int read(int reader, CompletableFuture<Void> publishing) {
        int answers = 0;
        int latest = 0;
        while (!publishing.isDone()) {
            String query = "la=" + (answers % 2 == 0 ? "358" : "351") + "&sn=" + (reader % 2 == 0 ? "2025" : "2021")
                    + "&average=" + (answers % 3 == 0 ? "median" : "mean") + "&period=2024";
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scorecard?" + query))
                                .header("Authorization", TestUser.VIEWER.basic())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                int snapshot = check(query, response);
                if (snapshot > 0 && snapshot < latest) {
                    problems.add(query + ": snapshot " + snapshot + " after " + latest);
                }
                latest = Math.max(latest, snapshot);
                answers++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return answers;
    }

    /** The snapshot number the header names, noting every part of the body from another snapshot. */
    private int check(String query, HttpResponse<String> response) throws IOException {
        String header = response.headers().firstValue(SnapshotHeader.NAME).orElse("");
        if (response.statusCode() != 200 || !header.matches("snapshot-\\d{6}\\.duckdb")) {
            problems.add(query + ": status " + response.statusCode() + ", header '" + header + "'");
            return 0;
        }
        int snapshot = Integer.parseInt(header.replaceAll("\\D", ""));
        seen.add(snapshot);
        JsonNode body = JSON.readTree(response.body());
        List<String> parts = new ArrayList<>();
        body.path("asOf").path("releases").forEach(release -> parts.add(release.asText()));
        for (JsonNode row : body.path("rows")) {
            parts.add(row.at("/indicator/title").asText());
            parts.add("value " + row.at("/comparison/england/value").asText());
        }
        String expected = "(snapshot " + snapshot + ")";
        String expectedValue = "value " + (double) (1000 + snapshot);
        for (String part : parts) {
            if (!part.endsWith(expected) && !part.equals(expectedValue)) {
                problems.add(query + ": header names snapshot " + snapshot + " but the answer holds '" + part + "'");
            }
        }
        if (parts.size() < 3) {
            problems.add(query + ": too little in the answer to check: " + response.body());
        }
        return snapshot;
    }

    private static FixtureWarehouse fixture() {
        try {
            FixtureWarehouse fixture = new FixtureWarehouse(ProjectPaths.newTargetDirectory("publishes-"));
            publish(fixture, 1);
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(int n) {
        try {
            publish(FIXTURE, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Snapshot {@code n}: England's figures are 1000 + n; each title and release ends "(snapshot n)". */
    private static void publish(FixtureWarehouse fixture, int n) throws IOException {
        String mark = "' (snapshot " + n + ")'";
        try {
            fixture.publish(
                    Path.of("snapshots", String.format("snapshot-%06d.duckdb", n))
                            .toString(),
                    Stream.concat(
                                    Stream.of(FixtureWarehouse.northWestRows(67, false)),
                                    Stream.of(
                                            "UPDATE observation SET value = " + (1000 + n)
                                                    + " WHERE area_code = 'E92000001'",
                                            "UPDATE indicator SET title = title || " + mark,
                                            "UPDATE observation SET release = release || " + mark,
                                            "UPDATE source_file SET release = release || " + mark))
                            .toArray(String[]::new));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot write snapshot " + n, e);
        }
    }
}
