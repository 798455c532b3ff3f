package org.carebench.dashboard.export.ui;

import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The training pack and board report pages with the keyboard alone, and on a narrow screen. */
class ExportPagesKeyboardIT extends BrowserPageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/pack?la=358&period=2024, pack-download", "/board-report?la=358&period=2024, report-table"})
    void reachesEveryControlWithTabAloneInReadingOrder(String path, String ready) {
        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url(path), By.id(ready));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url(path), By.id(ready));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/pack?la=358&period=2024, pack-download", "/board-report?la=358&period=2024, report-table"})
    void reflowsAt320PixelsAndAt400PercentZoom(String path, String ready) {
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url(path));
                Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(ready)));
                Reflow.assertReflows(browser);
            }
        } finally {
            Reflow.reset(browser);
        }
    }
}
