package org.carebench.dashboard.appdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.FixtureWarehouse;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The packaged dashboard, with its embedded H2 application database in a warehouse folder, is
 * killed with SIGKILL the moment the last thing it was asked to keep was acknowledged (users added on
 * the Users page, then a comment written through the API); started again, it knows every user, the
 * comment and every audit row. (The H2 URL's WRITE_DELAY=0 is what makes a commit
 * durable before the page hears of it.)
 */
class KilledDashboardIT {

    private static final Path JAR = Path.of("target", "carebench-dashboard.jar").toAbsolutePath();
    private static final String BOOTSTRAP = "first-admin";
    private static final String BOOTSTRAP_PASSWORD = "first-admin-password";
    private static final String ADMIN = "r.admin";
    private static final List<String> ADDED = List.of("a.okafor", "b.nowak", "c.singh");
    private static final String ANALYST = "d.evans";
    private static final String FIGURE = "la=358&indicator=cla-rate-per-10k&period=2024";
    private static final String COMMENT = "Rise due to a sibling group of five entering care in March";

    private int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aKilledDashboardLosesNoCommittedUserCommentOrAuditRow() throws Exception {
        Path warehouse = ProjectPaths.newTargetDirectory("killed-dashboard-");
        new FixtureWarehouse(warehouse)
                .publish("snapshots/snapshot-000001.duckdb", FixtureWarehouse.northWestRows(67, false));
        port = freePort();
        Process dashboard = start(warehouse, port, "first.log");
        ChromeDriver browser = Browser.start();
        try {
            Pages.signIn(browser, "http://localhost:" + port + "/login", BOOTSTRAP, BOOTSTRAP_PASSWORD);
            browser.get("http://localhost:" + port + "/users");
            add(browser, ADMIN, "admin");
            for (String username : ADDED) {
                add(browser, username, "viewer");
            }
            add(browser, ANALYST, "analyst");
            assertThat(comment().statusCode()).isEqualTo(201);
            dashboard.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL at once: no shutdown, no flush
        } finally {
            browser.quit();
            dashboard.destroyForcibly();
        }

        Process again = start(warehouse, port, "second.log");
        try {
            for (String username : ADDED) {
                assertThat(status("/api/v1/audit", username))
                        .as(username + " signs in (and, a viewer, may not read the audit log)")
                        .isEqualTo(403);
            }
            HttpResponse<String> audit = get("/api/v1/audit?format=csv", ADMIN);
            assertThat(audit.statusCode()).isEqualTo(200);
            assertThat(audit.body()).contains(ADMIN + " (" + ADMIN + ") as admin");
            for (String username : ADDED) {
                assertThat(audit.body()).contains(username + " (" + username + ") as viewer");
            }
            assertThat(get("/api/v1/comments?" + FIGURE, ANALYST).body()).contains(COMMENT);
            assertThat(audit.body()).contains("comment-written");
            System.out.println("Dashboard killed with SIGKILL after adding " + (ADDED.size() + 2)
                    + " users and a comment: all present after restart, with their audit rows");
        } finally {
            again.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Adds a user on the Users page and waits for the page to say so: by then the server has committed it. */
    private static void add(ChromeDriver browser, String username, String role) {
        await(browser).until(ExpectedConditions.elementToBeClickable(By.id("add-user")));
        browser.findElement(By.id("new-username")).sendKeys(username);
        browser.findElement(By.id("new-name")).sendKeys(username);
        browser.findElement(By.id("new-password")).sendKeys(username + "-password");
        new Select(browser.findElement(By.id("new-role"))).selectByVisibleText(role);
        browser.findElement(By.id("add-user")).click();
        await(browser)
                .until(ExpectedConditions.textToBe(By.id("users-status"), "Added " + username + " as " + role + "."));
    }

    /** The real jar, the bootstrap admin given on the command line, the app database under the warehouse folder. */
    private Process start(Path warehouse, int port, String log) throws Exception {
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        JAR.toString(),
                        "--carebench.warehouse=" + warehouse,
                        "--server.port=" + port,
                        "--carebench.security.bootstrap-admin.username=" + BOOTSTRAP,
                        "--carebench.security.bootstrap-admin.password=" + BOOTSTRAP_PASSWORD))
                .redirectErrorStream(true)
                .redirectOutput(warehouse
                        .resolveSibling(warehouse.getFileName() + "-" + log)
                        .toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("the dashboard started; see its log beside " + warehouse)
                    .isTrue();
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the dashboard did not start within 3 minutes");
    }

    /** The analyst's comment, sent as JSON; a 201 means the application database has committed it. */
    private HttpResponse<String> comment() throws Exception {
        String body = "{\"la\":\"358\",\"indicator\":\"cla-rate-per-10k\",\"period\":2024,\"text\":\"" + COMMENT
                + "\",\"audience\":\"internal\"}";
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/comments"))
                        .header("Authorization", TestUser.basic(ANALYST, ANALYST + "-password"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int status(String path, String username) throws Exception {
        return get(path, username).statusCode();
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestUser.basic(username, username + "-password"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
