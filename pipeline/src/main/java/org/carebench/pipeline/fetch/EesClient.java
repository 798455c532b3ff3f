package org.carebench.pipeline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The one door to Explore Education Statistics: GETs over java.net.http, answered as JSON or saved
 * to a file. Every failure becomes one line naming the host or the route, never a stack trace.
 */
class EesClient {

    private static final int ATTEMPTS = 3;
    private static final long PROGRESS_STEP = 10L << 20;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final ObjectMapper json = new ObjectMapper();

    JsonNode getJson(URI uri) throws FetchException {
        try (InputStream body = send(uri, "application/json").body()) {
            return json.readTree(body);
        } catch (IOException e) {
            throw new FetchException("could not read the answer from " + uri + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves the body to {@code target}, unpacked when it comes gzip-compressed, through a {@code .part}
     * file, so an interrupted download never looks finished. Returns the file name the server gave, if any.
     */
    String download(URI uri, Path target, Consumer<String> progress) throws FetchException {
        HttpResponse<InputStream> response = send(uri, "*/*");
        long size = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream raw = response.body()) {
            Files.createDirectories(target.getParent());
            CountingStream counted =
                    new CountingStream(raw, size, target.getFileName().toString(), progress);
            try (InputStream body = unpacked(counted);
                    OutputStream out = Files.newOutputStream(part)) {
                body.transferTo(out);
            }
            progress.accept("Downloaded " + target.getFileName() + " (" + megabytes(counted.read) + ")");
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new FetchException("download from " + uri + " broke off: " + e.getMessage(), e);
        }
        return response.headers()
                .firstValue("Content-Disposition")
                .map(EesClient::fileName)
                .orElse(null);
    }

    private HttpResponse<InputStream> send(URI uri, String accept) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", accept)
                .header("User-Agent", "Carebench")
                .timeout(Duration.ofMinutes(10))
                .GET()
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
                throw unreachable(uri, e);
            } catch (HttpTimeoutException e) {
                throw new FetchException(uri.getHost() + " did not answer " + uri + " in time", e);
            } catch (IOException e) {
                throw unreachable(uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted while asking " + uri.getHost(), e);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response;
            }
            String problem = problem(response);
            if (status == 429 && attempt < ATTEMPTS) {
                pause(response);
                continue;
            }
            throw new FetchException(uri.getHost() + " answered " + status + " for " + uri + problem
                    + (status == 404 ? " (the route may have changed: see the EES API documentation)" : ""));
        }
    }

    private static FetchException unreachable(URI uri, Exception e) {
        return new FetchException("could not reach " + uri.getHost() + " (" + reason(e) + ")", e);
    }

    /** The HTTP client wraps the cause (often without a message): say what it was in words. */
    private static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
                return "its name does not resolve: no network, or no DNS";
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "the connection timed out";
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return "the connection failed";
    }

    /** EES explains errors as JSON problem details; their title and detail say more than the status code. */
    private String problem(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            JsonNode details = json.readTree(body.readNBytes(64 * 1024));
            String text = (details.path("title").asText("") + " "
                            + details.path("detail").asText(""))
                    .strip();
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** 429 means slow down: wait as long as Retry-After asks (at most a minute), then try again. */
    private static void pause(HttpResponse<InputStream> response) throws FetchException {
        long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
        try {
            Thread.sleep(Math.min(60, Math.max(1, seconds)) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to ask again", e);
        }
    }

    private static InputStream unpacked(InputStream body) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(body);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    static String fileName(String contentDisposition) {
        for (String part : contentDisposition.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
                String name =
                        p.substring("filename=".length()).replace("\"", "").strip();
                return Path.of(name).getFileName().toString();
            }
        }
        return null;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next download of the same file replaces it
        }
    }

    /** Counts what arrives and says so every 10 MB, so a long download shows it is moving. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long size;
        private final String name;
        private final Consumer<String> progress;
        private long read;
        private long nextReport = PROGRESS_STEP;

        CountingStream(InputStream in, long size, String name, Consumer<String> progress) {
            super(in);
            this.size = size;
            this.name = name;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read >= nextReport) {
                nextReport += PROGRESS_STEP;
                progress.accept("Downloading " + name + ": " + megabytes(read)
                        + (size > 0 ? " of " + megabytes(size) + " (" + (100 * read / size) + "%)" : ""));
            }
        }
    }
}
