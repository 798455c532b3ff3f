package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.carebench.dashboard.comparison.AsOf;

/** The line that says which national release and which local extract a page shows. */
public final class AsOfLine {

    private AsOfLine() {
    }

    public static Paragraph of(AsOf asOf) {
        String releases = asOf.releases().isEmpty() ? "none" : String.join(", ", asOf.releases());
        String extracts = asOf.localExtracts().isEmpty() ? "none loaded" : String.join(", ", asOf.localExtracts());
        Paragraph line = new Paragraph("As of: DfE release " + releases + ". Local extract (unpublished): "
                + extracts + ".");
        line.setId("as-of");
        line.addClassName("as-of");
        return line;
    }
}
