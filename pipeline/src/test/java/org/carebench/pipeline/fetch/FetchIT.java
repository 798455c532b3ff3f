package org.carebench.pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code fetch} as a data team runs it, against EES answering from the loopback: the first fetch
 * downloads the new release and data-set version and imports them; the second downloads nothing;
 * offline, or with a route gone, it fails in one line and the warehouse stays byte for byte as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FetchIT {

    private static final String DATA_SET_CSV = "/statistics/v1/data-sets/" + RecordedEes.DATA_SET_ID + "/csv";
    private static final String RELEASE_ZIP = "/content/api/releases/" + RecordedEes.RELEASE_ID + "/files";

    RecordedEes ees;
    Path folder;
    Warehouse warehouse;
    Path inbox;

    @BeforeAll
    void start() throws IOException {
        ees = new RecordedEes();
        folder = Files.createTempDirectory("carebench-fetch");
        warehouse = new Warehouse(folder.resolve("warehouse"));
        inbox = folder.resolve("inbox");
        pointAt(ees.apiUrl(), ees.contentUrl());
    }

    @AfterAll
    void stop() {
        ees.close();
        System.clearProperty(FetchSettings.API_URL);
        System.clearProperty(FetchSettings.CONTENT_URL);
    }

    @Test
    @Order(1)
    void downloadsTheNewReleaseAndDataSetVersionWithProgressAndImportsThem() throws Exception {
        Run run = fetch();

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out)
                .contains("Latest release of children-looked-after-in-england-including-adoptions: Reporting year 2024")
                .contains("Downloading Reporting year 2024 from localhost")
                .contains("Downloaded children-looked-after-in-england-including-adoptions_2024.zip")
                .contains("Unpacked 2 files")
                .contains("Data set Social worker changes for children looked after, version 1.1: new")
                .doesNotContain("superseded")
                .contains("Import published");
        assertThat(figure(warehouse, "placement-long-term-stability-pct", "358", 2024))
                .isEqualTo("76.0|null");
        assertThat(figure(warehouse, "social-workers-3plus-pct", "358", 2024)).isNotBlank();
        // every data file was imported and filed away; the release's guidance text is not data
        assertThat(filesUnder(inbox))
                .allSatisfy((name, sha256) -> assertThat(name).endsWith(".txt"));
        assertThat(filesUnder(warehouse.inboxArchive().resolve(LocalDate.now().toString())))
                .containsKeys(
                        "children-looked-after-in-england-including-adoptions_2024/data/la_cla_placement_stability.csv",
                        "ees-data-sets/social-worker-changes-for-children-looked-after-v1.1/"
                                + "social-worker-changes-for-children-looked-after-v1.1.csv");
        try (Stream<Path> logs = Files.list(warehouse.logs())) {
            assertThat(logs.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("changes-2024-"));
        }
    }

    @Test
    @Order(2)
    void aSecondFetchDownloadsNothingAndTouchesNothing() throws Exception {
        Map<String, String> before = filesUnder(warehouse.directory());

        Run run = fetch();

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("fetched before").contains("Nothing new to fetch");
        assertThat(ees.requests(RELEASE_ZIP)).isEqualTo(1);
        assertThat(ees.requests(DATA_SET_CSV)).isEqualTo(1);
        assertThat(filesUnder(warehouse.directory())).isEqualTo(before);
    }

    @Test
    @Order(3)
    void offlineItExitsOneNamingTheHostAndChangesNothing() throws Exception {
        Map<String, String> before = filesUnder(warehouse.directory());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        pointAt(
                "http://localhost:" + closedPort + "/statistics/v1/",
                "http://localhost:" + closedPort + "/content/api/");
        try {
            Run run = fetch();

            assertThat(run.exit).isEqualTo(1);
            assertThat(run.err.lines())
                    .singleElement()
                    .asString()
                    .startsWith("carebench-pipeline: fetch: could not reach localhost");
            assertThat(filesUnder(warehouse.directory())).isEqualTo(before);
            assertThat(filesUnder(inbox))
                    .allSatisfy((name, sha256) -> assertThat(name).endsWith(".txt"));
        } finally {
            pointAt(ees.apiUrl(), ees.contentUrl());
        }
    }

    @Test
    @Order(4)
    void aRouteThatHasGoneIsNamedWithTheAnswerEesGave() throws Exception {
        Map<String, String> before = filesUnder(warehouse.directory());
        ees.releaseRouteGone(true);

        Run run = fetch();
        ees.releaseRouteGone(false);

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.lines())
                .singleElement()
                .asString()
                .contains("answered 404")
                .contains("releases/latest: Not Found No route for this path")
                .contains("the route may have changed");
        assertThat(filesUnder(warehouse.directory())).isEqualTo(before);
    }

    /** The schedule's feed: with carebench.fetch.enabled, each run first fills the inbox from EES. */
    @Test
    @Order(5)
    void theScheduledFeedFillsTheInboxOfAnotherWarehouse() throws Exception {
        Path other = Files.createTempDirectory("carebench-scheduled-fetch");
        MockEnvironment environment = new MockEnvironment()
                .withProperty(FetchSettings.API_URL, ees.apiUrl())
                .withProperty(FetchSettings.CONTENT_URL, ees.contentUrl())
                .withProperty(
                        "carebench.schedule.warehouse",
                        other.resolve("warehouse").toString());

        new ScheduledFetch(environment).fill(other.resolve("inbox"));

        assertThat(filesUnder(other.resolve("inbox")))
                .containsKey("ees-data-sets/social-worker-changes-for-children-looked-after-v1.1/"
                        + "social-worker-changes-for-children-looked-after-v1.1.csv");
    }

    private record Run(int exit, String out, String err) {}

    private Run fetch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineApplication.run(
                new String[] {
                    "fetch",
                    "--warehouse",
                    warehouse.directory().toString(),
                    "--inbox",
                    inbox.toString(),
                    "--jobs",
                    System.getProperty("carebench.jobs", "../jobs")
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void pointAt(String api, String content) {
        System.setProperty(FetchSettings.API_URL, api);
        System.setProperty(FetchSettings.CONTENT_URL, content);
    }

    /** Every file under the folder by relative path, with its SHA-256: equal maps mean byte for byte the same. */
    private static Map<String, String> filesUnder(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }
}
