package org.carebench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Before the first import the dashboard says so plainly, on the page and in the API. No user exists
 * yet either, so the configured bootstrap admin signs in.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "carebench.security.bootstrap-admin.username=" + NoWarehouseSnapshotIT.ADMIN,
            "carebench.security.bootstrap-admin.password=" + NoWarehouseSnapshotIT.PASSWORD
        })
class NoWarehouseSnapshotIT {

    static final String ADMIN = "first-admin";
    static final String PASSWORD = "first-admin-password";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void emptyWarehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> {
            try {
                return ProjectPaths.newTargetDirectory("empty-").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void apiAnswersServiceUnavailableAsJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/v1/comparison?indicator=cla-rate-per-10k&la=358&period=2024"))
                                .header("Authorization", TestUser.basic(ADMIN, PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"error\":\"No warehouse data is available yet\"}");
    }

    @Test
    void pageSaysThereIsNoDataYet() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Pages.signIn(browser, "http://localhost:" + port + "/login", ADMIN, PASSWORD);
            browser.get("http://localhost:" + port + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("body"), "No data to show yet"));
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
        } finally {
            browser.quit();
        }
    }
}
