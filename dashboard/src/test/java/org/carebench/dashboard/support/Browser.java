package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/** Headless Chromium driven through the system's chromedriver, with a profile of its own. */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("carebench-chromium-");
        // Chromium writes a full profile; leave nothing behind in the temp directory.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(profile.toFile())));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1100",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The link's file as the browser receives it: status, headers and the body in base64. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fetch(ChromeDriver browser, WebElement link) {
        return (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(async r => { const bytes = new Uint8Array(await r.arrayBuffer());"
                        + "let text = ''; bytes.forEach(b => text += String.fromCharCode(b));"
                        + "done({status: r.status, type: r.headers.get('content-type'),"
                        + " disposition: r.headers.get('content-disposition'), body: btoa(text)}); })"
                        + ".catch(e => done({status: -1, type: String(e)}));",
                link);
    }
}
