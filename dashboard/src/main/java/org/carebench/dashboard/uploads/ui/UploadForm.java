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
        Element kind = form.appendElement("fieldset").addClass("upload-kind");
        kind.appendElement("legend").text("What the file holds");
        radio(kind, "national", "DfE's published figures (national)", true);
        radio(kind, "local", "The council's own figures (SSDA903 extract or local-figures workbook)", false);
        field(form, "upload-la", "Local authority code, for local figures (e.g. 358)")
                .attr("name", "la")
                .attr("inputmode", "numeric")
                .attr("pattern", "[0-9]{3}");
        field(form, "upload-period-end", "Period end of a local extract (optional; default the latest year)")
                .attr("name", "periodEnd")
                .attr("type", "date");
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

    private static void radio(Element fieldset, String value, String label, boolean checked) {
        Element line = fieldset.appendElement("p");
        Element input = line.appendElement("input")
                .id("upload-kind-" + value)
                .attr("type", "radio")
                .attr("name", "kind")
                .attr("value", value);
        if (checked) {
            input.attr("checked", true);
        }
        line.appendElement("label").attr("for", "upload-kind-" + value).text(label);
    }

    private static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
