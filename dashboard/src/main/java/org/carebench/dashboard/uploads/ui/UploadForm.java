package org.carebench.dashboard.uploads.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The upload form as plain HTML: a file input, what the file holds, the authority and period for
 * local figures, a progress bar and a live status line. {@code scripts/uploads.js} sends it with
 * upload progress and then follows the import; the session's CSRF token travels in its header.
 */
final class UploadForm {

    private UploadForm() {}

    static Html create(long maxMegabytes) {
        Element form = new Element("form")
                .id("upload-form")
                .addClass("upload-form")
                .attr("action", "api/v1/uploads")
                .attr("method", "post")
                .attr("enctype", "multipart/form-data");
        CsrfToken token = csrfToken();
        if (token != null) {
            form.attr("data-csrf-header", token.getHeaderName()).attr("data-csrf-token", token.getToken());
        }
        field(form, "upload-file", "File: CSV, Excel workbook (.xlsx) or XML return, up to " + maxMegabytes + " MB")
                .attr("type", "file")
                .attr("name", "file")
                .attr("accept", ".csv,.xlsx,.xml")
                .attr("required", true);
        // A list rather than radio buttons: one Tab stop either way, and it reads the same at 320 px.
        Element kind = form.appendElement("p");
        kind.appendElement("label").attr("for", "upload-kind").text("What the file holds");
        Element list = kind.appendElement("select").id("upload-kind").attr("name", "kind");
        list.appendElement("option").attr("value", "national").text("DfE's published figures (national)");
        list.appendElement("option")
                .attr("value", "local")
                .text("The council's own figures (SSDA903 extract or local-figures workbook)");
        field(form, "upload-la", "Local authority code, for local figures (e.g. 358)")
                .attr("name", "la")
                .attr("inputmode", "numeric")
                .attr("pattern", "[0-9]{3}");
        // Plain text, not type=date: Chromium's date field takes several Tab presses.
        field(form, "upload-period-end", "Period end of a local extract, YYYY-MM-DD (optional)")
                .attr("name", "periodEnd")
                .attr("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}");
        form.appendElement("button").id("upload-submit").attr("type", "submit").text("Upload and import");
        Element progress = form.appendElement("p");
        progress.appendElement("label").attr("for", "upload-progress").text("Upload progress");
        progress.appendElement("progress")
                .id("upload-progress")
                .attr("max", "100")
                .attr("value", "0");
        form.appendElement("p")
                .id("upload-status")
                .addClass("upload-status")
                .attr("role", "status")
                .attr("aria-live", "polite");
        return new Html(form.outerHtml());
    }

    private static Element field(Element form, String id, String label) {
        Element paragraph = form.appendElement("p");
        paragraph.appendElement("label").attr("for", id).text(label);
        return paragraph.appendElement("input").id(id);
    }

    private static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
