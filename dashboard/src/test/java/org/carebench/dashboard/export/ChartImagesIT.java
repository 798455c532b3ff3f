package org.carebench.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carebench.dashboard.api.SnapshotHeader;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The indicator page's charts drawn on the server from the imported DfE figures, fetched from the API. */
class ChartImagesIT extends PipelineWarehouseApplicationTest {

    private static final String QUERY = "indicator=placement-3plus-moves-pct&la=358&sn=2025&average=mean";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void trendPngIsSlideSizedAndNamedForWhatItHolds() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/chart?chart=trend&format=png&" + QUERY);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("trend-placement-3plus-moves-pct-358-2025-mean.png");
        assertThat(response.headers().firstValue(SnapshotHeader.NAME)).isPresent();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(keep("trend.png", response.body())));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(900);
        assertThat(image.getRGB(2, 2) & 0xffffff).as("white background").isEqualTo(0xffffff);
        assertThat(hasPixel(image, SeriesStyle.AUTHORITY)).isTrue();
        assertThat(hasPixel(image, SeriesStyle.ENGLAND)).isTrue();
    }

    @Test
    void trendSvgCarriesTitleAuthorityPeriodSourceAndSeriesColours() throws Exception {
        String svg = svg("/api/v1/chart?chart=trend&format=svg&" + QUERY, "trend.svg");
        assertThat(svg)
                .contains("Children with 3 or more placements during the year")
                .contains("Trafford (358)")
                .contains("North West")
                .contains("England")
                .containsPattern("years ending 31 March 20\\d\\d to 2024")
                .containsPattern("Source: Children looked after in England[^<]*, release 20\\d\\d");
        for (SeriesStyle style : new SeriesStyle[] {
            SeriesStyle.AUTHORITY, SeriesStyle.NEIGHBOURS, SeriesStyle.REGION, SeriesStyle.ENGLAND
        }) {
            assertThat(svg).as(style.colour()).contains(rgb(style));
        }
    }

    @Test
    void neighbourBarsSvgNamesTheYearTheNeighboursAndTheirAverage() throws Exception {
        String svg = svg("/api/v1/chart?chart=neighbours&format=svg&period=2024&" + QUERY, "neighbours.svg");
        assertThat(svg)
                .contains("Trafford (358) and its statistical neighbours (2025 model). Year ending 31 March 2024.")
                .contains("Neighbours' mean: ")
                .containsPattern("Source: Children looked after in England[^<]*, release 20\\d\\d")
                .contains(rgb(SeriesStyle.AUTHORITY))
                .contains(rgb(SeriesStyle.NEIGHBOUR))
                .contains(rgb(SeriesStyle.NEIGHBOURS));
        HttpResponse<byte[]> png = get("/api/v1/chart?chart=neighbours&format=png&period=2024&" + QUERY);
        assertThat(png.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("neighbours-placement-3plus-moves-pct-358-2024-2025.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(keep("neighbours.png", png.body())))
                        .getWidth())
                .isGreaterThanOrEqualTo(1600);
    }

    @Test
    void unknownChartOrFormatIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> response = http.send(
                request("/api/v1/chart?chart=pie&format=png&" + QUERY, TestUser.VIEWER)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("chart must be trend or neighbours, not pie");
        HttpResponse<String> gif = http.send(
                request("/api/v1/chart?chart=trend&format=gif&" + QUERY, TestUser.VIEWER)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gif.body()).contains("format must be png or svg, not gif");
    }

    private String svg(String path, String keepAs) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        byte[] body = keep(keepAs, response.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Batik names the SVG 1.0 DTD; parse without fetching it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Integer.parseInt(document.getDocumentElement().getAttribute("width")))
                .isGreaterThanOrEqualTo(1600);
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Batik writes colours as {@code rgb(r,g,b)}. */
    private static String rgb(SeriesStyle style) {
        int[] c = style.rgb();
        return "rgb(" + c[0] + "," + c[1] + "," + c[2] + ")";
    }

    private static boolean hasPixel(BufferedImage image, SeriesStyle style) {
        int wanted = Integer.parseInt(style.colour().substring(1), 16);
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == wanted) {
                    return true;
                }
            }
        }
        return false;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpResponse<byte[]> response =
                http.send(request(path, TestUser.VIEWER).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Kept under target/exports for a look. */
    private static byte[] keep(String name, byte[] file) throws Exception {
        Files.createDirectories(Path.of("target/exports"));
        Files.write(Path.of("target/exports", "chart-" + name), file);
        return file;
    }
}
