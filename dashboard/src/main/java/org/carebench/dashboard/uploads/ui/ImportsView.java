package org.carebench.dashboard.uploads.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.carebench.dashboard.uploads.SnapshotAdministration;
import org.carebench.dashboard.uploads.UploadService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Uploading a national file or a local extract and following its import; the history of uploads;
 * for admins, the snapshots and rollback.
 */
@StyleSheet("context://styles/uploads.css")
@JavaScript("context://scripts/uploads.js")
@Route("imports")
@Menu(order = 6, title = "Imports")
@PageTitle("Imports | Carebench")
@RolesAllowed("ANALYST")
public class ImportsView extends VerticalLayout {

    public ImportsView(
            UploadService uploads,
            SnapshotAdministration snapshots,
            AuthenticationContext signedIn,
            @Value("${carebench.uploads.max-size:100MB}") DataSize maxSize) {
        getElement().setAttribute("role", "main");
        add(
                new H2("Upload a file to import"),
                new Paragraph("The file waits in quarantine until the import has checked it. A loaded file is"
                        + " archived with its checksum; a rejected one is kept aside for the data team."),
                UploadForm.create(maxSize.toMegabytes()),
                new H2("Uploads"),
                UploadHistoryTable.create(uploads.history()));
        if (signedIn.hasRole("ADMIN")) {
            add(new SnapshotsSection(snapshots, signedIn.getPrincipalName().orElse("")));
        }
    }
}
