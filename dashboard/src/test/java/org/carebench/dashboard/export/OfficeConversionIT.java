package org.carebench.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The pack and the Word paper opened by a real office suite: LibreOffice converts each to PDF headless
 * (a file it would have to repair fails to convert), and every slide and page comes out with its text.
 * Needs Debian's libreoffice-impress and libreoffice-writer, which .ci/run installs.
 */
class OfficeConversionIT extends PipelineWarehouseApplicationTest {

    @Test
    void trainingPackConvertsWithEverySlide() throws Exception {
        byte[] pptx = get("/api/v1/pack?la=358&period=2024");
        int slides;
        try (XMLSlideShow ppt = new XMLSlideShow(new java.io.ByteArrayInputStream(pptx))) {
            slides = ppt.getSlides().size();
        }
        try (PDDocument pdf = convert("training-pack-358-2024.pptx", pptx)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(slides);
            assertEveryPageHasText(pdf);
        }
    }

    @Test
    void boardReportConvertsToA4Pages() throws Exception {
        try (PDDocument pdf =
                convert("board-report-358-2024.docx", get("/api/v1/board-report?la=358&period=2024&format=docx"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertEveryPageHasText(pdf);
        }
    }

    private static void assertEveryPageHasText(PDDocument pdf) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.setStartPage(page);
            text.setEndPage(page);
            assertThat(text.getText(pdf)).as("page " + page).isNotBlank();
        }
    }

    /** soffice with a profile of its own, so that it never waits on another LibreOffice running here. */
    private static PDDocument convert(String name, byte[] file) throws Exception {
        Path dir = ProjectPaths.newTargetDirectory("office-");
        Path input = Files.write(dir.resolve(name), file);
        List<String> command = List.of(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                input.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        Path pdf = dir.resolve(name.replaceAll("\\.\\w+$", ".pdf"));
        assertThat(pdf)
                .as("LibreOffice's PDF of " + name + "; see " + dir.resolve("soffice.log"))
                .exists();
        return Loader.loadPDF(pdf.toFile());
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request(path, TestUser.ANALYST).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
