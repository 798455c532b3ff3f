package org.carebench.pipeline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Asks Explore Education Statistics what the publication has that this warehouse has not fetched (the
 * latest release, through the content API; each data set's latest version, through the public data
 * API), then downloads it into the inbox. Every question is asked before the first download, so an
 * unreachable host or a changed route stops the fetch having written nothing.
 */
public class ReleaseFetcher {

    private static final int MAX_PAGES = 20;
    private final EesClient client = new EesClient();
    private final FetchSettings settings;
    private final Path ledgerFile;
    private final Consumer<String> progress;

    public ReleaseFetcher(FetchSettings settings, Path ledgerFile, Consumer<String> progress) {
        this.settings = settings;
        this.ledgerFile = ledgerFile;
        this.progress = progress;
    }

    /** One thing to download: a release's files as a zip, or one data set's version as CSV. */
    record Download(String kind, String id, String version, String title, String published, URI from, Path folder) {}

    /** Downloads what is new into the inbox; returns the folders written (empty when nothing was new). */
    public List<Path> fetchNew(Path inbox) throws FetchException {
        FetchLedger ledger;
        try {
            ledger = FetchLedger.read(ledgerFile);
        } catch (IOException e) {
            throw new FetchException("cannot read " + ledgerFile + ": " + e.getMessage(), e);
        }
        List<Download> downloads = new ArrayList<>();
        latestRelease(inbox, ledger, downloads);
        dataSets(inbox, ledger, downloads);
        List<Path> written = new ArrayList<>();
        for (Download download : downloads) {
            written.add(fetch(download, ledger));
        }
        return written;
    }

    private void latestRelease(Path inbox, FetchLedger ledger, List<Download> downloads) throws FetchException {
        String publication = settings.publication();
        JsonNode release =
                client.getJson(settings.contentUrl().resolve("publications/" + publication + "/releases/latest"));
        String id = required(release, "id", "the latest release");
        String slug = release.path("slug").asText(id);
        String title = release.path("title").asText(slug);
        String published = release.path("published").asText("");
        boolean known = ledger.has(FetchLedger.RELEASE, id, slug);
        progress.accept("Latest release of " + publication + ": " + title + " (published " + published + "): "
                + (known ? "fetched before" : "new"));
        if (!known) {
            downloads.add(new Download(
                    FetchLedger.RELEASE,
                    id,
                    slug,
                    title,
                    published,
                    settings.contentUrl().resolve("releases/" + id + "/files"),
                    inbox.resolve(publication + "_" + safe(slug))));
        }
    }

    private void dataSets(Path inbox, FetchLedger ledger, List<Download> downloads) throws FetchException {
        String publicationId = publicationId();
        for (int page = 1, pages = 1; page <= pages && page <= MAX_PAGES; page++) {
            JsonNode answer = client.getJson(settings.apiUrl()
                    .resolve("publications/" + publicationId + "/data-sets?page=" + page + "&pageSize=40"));
            pages = answer.path("paging").path("totalPages").asInt(1);
            for (JsonNode dataSet : answer.path("results")) {
                if (!"Published".equals(dataSet.path("status").asText("Published"))) {
                    continue;
                }
                String id = required(dataSet, "id", "a data set");
                String title = dataSet.path("title").asText(id);
                JsonNode latest = dataSet.path("latestVersion");
                String version = latest.path("version").asText("");
                boolean known = ledger.has(FetchLedger.DATA_SET, id, version);
                progress.accept(
                        "Data set " + title + ", version " + version + ": " + (known ? "fetched before" : "new"));
                if (!known) {
                    downloads.add(new Download(
                            FetchLedger.DATA_SET,
                            id,
                            version,
                            title,
                            latest.path("published").asText(""),
                            settings.apiUrl().resolve("data-sets/" + id + "/csv?dataSetVersion=" + encode(version)),
                            inbox.resolve("ees-data-sets").resolve(safe(title) + "-v" + safe(version))));
                }
            }
        }
    }

    /** The public data API knows the publication by id: found by searching its title for the slug. */
    private String publicationId() throws FetchException {
        String slug = settings.publication();
        for (int page = 1, pages = 1; page <= pages && page <= MAX_PAGES; page++) {
            JsonNode answer = client.getJson(settings.apiUrl()
                    .resolve("publications?search=" + encode(slug.replace('-', ' ')) + "&page=" + page
                            + "&pageSize=40"));
            pages = answer.path("paging").path("totalPages").asInt(1);
            for (JsonNode publication : answer.path("results")) {
                if (slug.equals(publication.path("slug").asText())) {
                    return required(publication, "id", "the publication");
                }
            }
        }
        throw new FetchException(settings.apiUrl().getHost() + " lists no publication '" + slug + "' (set "
                + FetchSettings.PUBLICATION + " to its slug)");
    }

    private Path fetch(Download download, FetchLedger ledger) throws FetchException {
        progress.accept(
                "Downloading " + download.title() + " from " + download.from().getHost());
        try {
            Path folder = download.folder();
            if (download.kind().equals(FetchLedger.RELEASE)) {
                Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
                client.download(download.from(), zip, progress);
                int files = ReleaseZip.unpack(zip, folder);
                Files.delete(zip);
                progress.accept("Unpacked " + files + " files into " + folder);
            } else {
                Path file = folder.resolve(folder.getFileName() + ".csv");
                String named = client.download(download.from(), file, progress);
                if (named != null
                        && named.toLowerCase(Locale.ROOT).endsWith(".csv")
                        && !named.equals(file.getFileName().toString())) {
                    // the name EES gives is the one the layouts know the file by
                    Files.move(file, folder.resolve(named));
                }
            }
            ledger.add(download.kind(), download.id(), download.version(), download.title(), download.published());
            return folder;
        } catch (IOException e) {
            throw new FetchException("cannot write " + download.folder() + ": " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field, String what) throws FetchException {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new FetchException("Explore Education Statistics described " + what + " without its '" + field
                    + "': the API may have changed");
        }
        return value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A folder or file name from EES's words: letters, digits, dots and dashes only. */
    private static String safe(String text) {
        String name =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^[-.]+|-+$)", "");
        return name.isEmpty() ? "unnamed" : name;
    }
}
