package org.carebench.dashboard.commentary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * Commentary through the API over the imported DfE figures: analysts write, viewers read public
 * comments only, only authors change theirs, every write audited; and the comments travel into the
 * board report and the training pack's speaker notes, internal ones only for an internal audience.
 */
class CommentaryApiIT extends PipelineWarehouseApplicationTest {

    private static final String FIGURE = "la=358&indicator=cla-rate-per-10k&period=2024";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void analystsWriteAndViewersReadOnlyPublicComments() throws Exception {
        String internal = "Sibling group of five entered care in March " + UUID.randomUUID();
        String open = "Rate below the region " + UUID.randomUUID();
        HttpResponse<String> written = post("/api/v1/comments", TestUser.ANALYST, draft(internal, "internal"));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        JsonNode comment = json.readTree(written.body());
        assertThat(comment.get("author").asText()).isEqualTo(TestUser.ANALYST.username());
        assertThat(comment.get("writtenAt").asText()).isNotBlank();
        assertThat(post("/api/v1/comments", TestUser.ANALYST, draft(open, "public"))
                        .statusCode())
                .isEqualTo(201);

        assertThat(texts(TestUser.ANALYST)).contains(internal, open);
        assertThat(texts(TestUser.VIEWER)).contains(open).doesNotContain(internal);
        assertThat(get("/api/v1/audit?limit=20", TestUser.ADMIN).body())
                .contains("comment-written")
                .contains("comment " + comment.get("id").asLong() + " on cla-rate-per-10k, 358, 2024 (internal)");
    }

    @Test
    void aViewerCannotWriteAndOnlyTheAuthorMayChangeAComment() throws Exception {
        String text = "Viewer's attempt " + UUID.randomUUID();
        assertThat(post("/api/v1/comments", TestUser.VIEWER, draft(text, "public"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(texts(TestUser.ANALYST)).doesNotContain(text);

        long id = json.readTree(post("/api/v1/comments", TestUser.ANALYST, draft(text, "internal"))
                        .body())
                .get("id")
                .asLong();
        assertThat(post("/api/v1/comments/" + id, TestUser.ADMIN, draft("Taken over", "public"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> changed =
                post("/api/v1/comments/" + id, TestUser.ANALYST, draft(text + ", now public", "public"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("changedAt").asText()).isNotBlank();
        assertThat(texts(TestUser.VIEWER)).contains(text + ", now public");
        assertThat(get("/api/v1/audit?limit=20", TestUser.ADMIN).body()).contains("comment-changed");
    }

    @Test
    void aFormPostWithoutThePagesCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                request("/api/v1/comments", TestUser.ANALYST)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                FIGURE + "&text=Forged+from+another+site&audience=public"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(texts(TestUser.ANALYST)).doesNotContain("Forged from another site");
    }

    @Test
    void commentsGoUnderTheirIndicatorInTheReportAndIntoTheSpeakerNotesPublicOnesOnlyForThePublic() throws Exception {
        String internal = "Internal note for the board " + UUID.randomUUID();
        String open = "Public note for the board " + UUID.randomUUID();
        post("/api/v1/comments", TestUser.ANALYST, draft(internal, "internal"));
        post("/api/v1/comments", TestUser.ANALYST, draft(open, "public"));
        String report = "/api/v1/board-report?la=358&period=2024&indicators=cla-rate-per-10k";

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(report, TestUser.ANALYST)))) {
            var paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int title = paragraphs.lastIndexOf("Children looked after per 10,000 children");
            assertThat(paragraphs.subList(title, paragraphs.size()))
                    .anyMatch(p -> p.contains(TestUser.ANALYST.username() + " (internal): " + internal))
                    .anyMatch(p -> p.endsWith(TestUser.ANALYST.username() + ": " + open));
        }
        try (PDDocument pdf = Loader.loadPDF(bytes(report + "&format=pdf&audience=public", TestUser.ANALYST))) {
            // Lines on paper break at spaces and hyphens: compare the words without the breaks.
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains(open.replace(" ", ""))
                    .doesNotContain(internal.replace(" ", ""));
        }
        assertThat(wordText(report + "&audience=public", TestUser.ANALYST))
                .contains(open)
                .doesNotContain(internal);
        // Internal is the default for analysts only: a viewer's download is for a public audience.
        assertThat(wordText(report, TestUser.VIEWER)).contains(open).doesNotContain(internal);

        String pack = "/api/v1/pack?la=358&period=2024&indicators=cla-rate-per-10k";
        assertThat(notes(pack, TestUser.ANALYST)).contains(internal).contains(open);
        assertThat(notes(pack + "&audience=public", TestUser.ANALYST))
                .contains(open)
                .doesNotContain(internal);
    }

    private String draft(String text, String audience) throws Exception {
        return json.writeValueAsString(Map.of(
                "la", "358", "indicator", "cla-rate-per-10k", "period", 2024, "text", text, "audience", audience));
    }

    private String texts(TestUser user) throws Exception {
        HttpResponse<String> response = get("/api/v1/comments?" + FIGURE, user);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, TestUser user, String body) throws Exception {
        return http.send(
                request(path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, TestUser user) throws Exception {
        return http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] bytes(String path, TestUser user) throws Exception {
        HttpResponse<byte[]> response = http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String wordText(String path, TestUser user) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(path, user)));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private String notes(String path, TestUser user) throws Exception {
        StringBuilder notes = new StringBuilder();
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes(path, user)))) {
            ppt.getSlides().forEach(slide -> {
                for (XSLFTextShape shape : ppt.getNotesSlide(slide).getPlaceholders()) {
                    if (shape.getTextType() == Placeholder.BODY) {
                        notes.append(shape.getText()).append('\n');
                    }
                }
            });
        }
        return notes.toString();
    }
}
