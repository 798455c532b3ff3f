package org.carebench.dashboard.uploads.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.uploads.Upload;
import org.jsoup.nodes.Element;

/** Every recent upload: who, when, the file and its checksum, the result, why, and the import's report. */
final class UploadHistoryTable {

    private static final String[] HEADERS = {
        "When (UTC)", "Who", "File", "Kind", "Size", "SHA-256", "Result", "Reason", "Report"
    };

    private UploadHistoryTable() {}

    static Html create(List<Upload> uploads) {
        Element table = new Element("table").id("upload-history").addClass("figures-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String header : HEADERS) {
            head.appendElement("th").attr("scope", "col").text(header);
        }
        Element body = table.appendElement("tbody");
        for (Upload upload : uploads) {
            Element row =
                    body.appendElement("tr").attr("data-status", upload.status().id());
            row.appendElement("td")
                    .text(upload.at().toString().replace('T', ' ').substring(0, 19));
            row.appendElement("td").text(upload.username());
            row.appendElement("td").text(upload.fileName());
            row.appendElement("td").text(upload.kind() + (upload.la() == null ? "" : " " + upload.la()));
            row.appendElement("td").text(String.format("%,d bytes", upload.size()));
            row.appendElement("td").addClass("checksum").text(upload.sha256());
            row.appendElement("td")
                    .addClass("upload-result")
                    .text(upload.status().id());
            row.appendElement("td").text(upload.reason() == null ? "" : upload.reason());
            Element report = row.appendElement("td");
            if (upload.report() != null) {
                report.appendElement("a")
                        .attr("href", "api/v1/uploads/" + upload.id() + "/report")
                        .attr("router-ignore", true)
                        .text(upload.report());
            }
        }
        return new Html(HtmlTables.scrollBox(table, "Uploads").outerHtml());
    }
}
