package org.carebench.pipeline.fetch;

import static org.carebench.pipeline.Warehouses.reference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Explore Education Statistics on the loopback: the content API and the public data API answering
 * with recorded responses (test resources under {@code ees/}), the release's files as a zip built
 * from DfE's real files, and one data set's CSV gzip-compressed. Counts what is asked of it.
 */
final class RecordedEes implements AutoCloseable {

    static final String RELEASE_ID = "0fb1a3c8-7b2e-4d5c-9a61-2f0d9e8b4c17";
    static final String PUBLICATION_ID = "b9f1c2d3-e4f5-4a6b-8c7d-0e1f2a3b4c5d";
    static final String DATA_SET_ID = "7d3e9a10-5b2c-4e8f-a1d6-3c9b0e7f2a45";

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile boolean releaseRouteGone;

    RecordedEes() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String contentUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/content/api/";
    }

    String apiUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/statistics/v1/";
    }

    /** How many times a path was asked for. */
    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    /** Whether the content API's latest-release route answers 404, as a changed route would. */
    void releaseRouteGone(boolean gone) {
        releaseRouteGone = gone;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String latest =
                "/content/api/publications/children-looked-after-in-england-including-adoptions/releases/latest";
        if (path.equals(latest) && !releaseRouteGone) {
            send(exchange, 200, "application/json", resource("release-latest.json"));
        } else if (path.equals("/content/api/releases/" + RELEASE_ID + "/files")) {
            send(exchange, 200, "application/octet-stream", releaseZip());
        } else if (path.equals("/statistics/v1/publications")
                && exchange.getRequestURI().getQuery().contains("search=children")) {
            send(exchange, 200, "application/json", resource("publications.json"));
        } else if (path.equals("/statistics/v1/publications/" + PUBLICATION_ID + "/data-sets")) {
            send(exchange, 200, "application/json", resource("data-sets.json"));
        } else if (path.equals("/statistics/v1/data-sets/" + DATA_SET_ID + "/csv")
                && "dataSetVersion=1.1".equals(exchange.getRequestURI().getQuery())) {
            send(
                    exchange,
                    200,
                    "text/csv",
                    gzip(Files.readAllBytes(reference("dfe-cla/2024-release/la_cla_swcount.csv"))));
        } else {
            send(
                    exchange,
                    404,
                    "application/problem+json",
                    "{\"title\": \"Not Found\", \"status\": 404, \"detail\": \"No route for this path\"}".getBytes());
        }
    }

    /** The release's files as EES zips them: data files under data/, the guidance beside them. */
    private static byte[] releaseZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data/la_cla_placement_stability.csv"));
            zip.write(Files.readAllBytes(reference("dfe-cla/2024-release/la_cla_placement_stability.csv")));
            zip.putNextEntry(new ZipEntry("data-guidance/data-guidance.txt"));
            zip.write(Files.readAllBytes(reference("dfe-cla/2024-release/data-guidance.txt")));
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RecordedEes.class.getResourceAsStream("/ees/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
