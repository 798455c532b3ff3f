package org.carebench.dashboard.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebench.dashboard.support.PipelineWarehouse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The comparison and series API over the whole reference set, printed rather than asserted: run with
 * {@code ./mvnw -B -pl dashboard verify -Pbenchmark -Dit.test=ComparisonApiBenchmark}. Each question
 * (indicator, authority, model, average) is asked once, so every request is the first of its kind
 * since the snapshot was published: no answer is served from a warm cache. Targets: median under
 * 5 ms for one client; 20 concurrent clients at 400 requests/s or more with no failed request.
 *
 * <p>The national endpoints are opened to anonymous callers ({@code carebench.api.public-national}),
 * as a council publishing its figures would, so the figures measure the answers; a last phase signs
 * every request in with HTTP Basic, whose password hash is checked on every request by design.
 */
@TestPropertySource(properties = "carebench.api.public-national=true")
class ComparisonApiBenchmark extends PipelineWarehouseApplicationTest {

    private static final String[] MODELS = {"2025", "2021"};
    private static final String[] AVERAGES = {"mean", "median"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printFigures() throws Exception {
        List<String> questions = questions();
        AtomicInteger next = new AtomicInteger();
        List<String> report = new ArrayList<>();
        for (String endpoint : List.of("comparison", "series")) {
            for (int clients : new int[] {1, 4, 20}) {
                int requests = clients == 1 ? 200 : 1000;
                report.add(run(endpoint, clients, requests, questions, next, null));
            }
        }
        // The first phases overlap the loading of the answers into memory after publish; this one follows it.
        report.add(run("comparison", 1, 200, questions, next, null) + " (answers held in memory by now)");
        // A warm server just after a nightly publish: every answer of the new snapshot is a first ask.
        PipelineWarehouse.publishAgain();
        for (String endpoint : List.of("comparison", "series")) {
            report.add(run(endpoint, 1, 200, questions, next, null) + " (just after a publish, server warm)");
        }
        report.add(run("comparison", 20, 400, questions, next, TestUser.ANALYST));
        System.out.println("\n===== Carebench comparison API benchmark =====");
        report.forEach(System.out::println);
        System.out.println("==============================================\n");
    }

    /** Every indicator with authority figures, at its latest period, for every authority, model and average. */
    private List<String> questions() throws Exception {
        List<String> las = new ArrayList<>();
        for (JsonNode area : get("/api/v1/areas")) {
            if (area.get("level").asText().equals("la")) {
                las.add(area.get("code").asText());
            }
        }
        List<String> questions = new ArrayList<>();
        for (JsonNode indicator : get("/api/v1/indicators")) {
            String id = indicator.get("id").asText();
            JsonNode all = getOrNull("/api/v1/comparison/authorities?indicator=" + id);
            if (all == null || all.get("figures").isEmpty()) {
                continue;
            }
            int period = all.get("period").asInt();
            for (String la : las) {
                for (String model : MODELS) {
                    for (String average : AVERAGES) {
                        questions.add("indicator=" + id + "&la=" + la + "&sn=" + model + "&average=" + average
                                + "&period=" + period);
                    }
                }
            }
        }
        java.util.Collections.shuffle(questions, new java.util.Random(15));
        return questions;
    }

    private String run(
            String endpoint, int clients, int requests, List<String> questions, AtomicInteger next, TestUser signedIn)
            throws Exception {
        Timings timings = new Timings();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newHttpClient();
                    for (int i = 0; i < requests / clients; i++) {
                        String query = questions.get(next.getAndIncrement() % questions.size());
                        String path = "/api/v1/" + endpoint + "?" + query;
                        long start = System.nanoTime();
                        HttpRequest request = signedIn == null
                                ? HttpRequest.newBuilder(URI.create(url(path))).build()
                                : request(path, signedIn).build();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        timings.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String who = signedIn == null ? "anonymous" : "HTTP Basic";
        return timings.report(
                        endpoint + ", " + clients + " client" + (clients == 1 ? "" : "s") + ", first asks, " + who)
                + String.format("%n    %.0f requests/s; %d failed", requests / seconds, failed.get());
    }

    private JsonNode get(String path) throws Exception {
        JsonNode body = getOrNull(path);
        if (body == null) {
            throw new IllegalStateException(path + " failed");
        }
        return body;
    }

    private JsonNode getOrNull(String path) throws Exception {
        HttpResponse<String> response =
                http.send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }
}
