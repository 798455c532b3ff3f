package org.carebench.dashboard.localdata.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.export.ui.DownloadLinks;
import org.carebench.dashboard.localdata.LocalDataService;
import org.carebench.dashboard.localdata.LocalExtractChecks;

/**
 * For the data team: how each authority's latest SSDA903 extract fared under DfE's validation rules,
 * each local figure with the rules that touched its children, and which rules withheld it.
 */
@StyleSheet("context://styles/local-data.css")
@Route("local-data")
@Menu(order = 8, title = "Local data")
@PageTitle("Local data | Carebench")
@RolesAllowed("ANALYST")
public class LocalDataView extends VerticalLayout {

    public LocalDataView(LocalDataService localData) {
        getElement().setAttribute("role", "main");
        addClassName("local-data");
        List<LocalExtractChecks> extracts = localData.latestExtracts();
        add(new H2("Local data: the council's own extract under DfE's rules"));
        if (extracts.isEmpty()) {
            add(new Paragraph("No local extract has been imported into this snapshot. Import one on the Imports"
                    + " page or with the pipeline's import-local command."));
        }
        extracts.forEach(this::addExtract);
    }

    private void addExtract(LocalExtractChecks extract) {
        long withheld =
                extract.figures().stream().filter(figure -> !figure.published()).count();
        add(
                new H3(extract.areaName() + " (" + extract.areaCode() + "): " + extract.fileName()),
                new Paragraph(extract.release() + ", figures for the period ending " + extract.periodEnd()
                        + ", validated with DfE's " + extract.rulePack().replace('_', '-') + " rules: "
                        + extract.findings().size() + " rules flagged rows; " + withheld + " of "
                        + extract.figures().size() + " figures withheld."),
                DownloadLinks.localValidation(extract.areaCode()),
                new Html(LocalDataTables.figures(extract).outerHtml()),
                new Html(LocalDataTables.findings(extract).outerHtml()));
    }
}
