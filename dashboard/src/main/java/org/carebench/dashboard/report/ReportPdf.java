package org.carebench.dashboard.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** The board report's HTML drawn as PDF in Java on the server: no browser and no office suite needed. */
final class ReportPdf {

    static {
        // The renderer logs each stage of every document at INFO on its own logger: noise in a server's log.
        XRLog.setLoggingEnabled(false);
    }

    private ReportPdf() {}

    static byte[] write(Document html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the board report as PDF", e);
        }
    }
}
