package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.carebench.dashboard.figures.AsOf;
import org.carebench.dashboard.warehouse.SnapshotPin;

/** The line that says which national release and which local extract a page shows. */
public final class AsOfLine {

    private AsOfLine() {}

    /** The as-of line, below a plain warning when the figures are the bundled sample data. */
    public static Div of(AsOf asOf) {
        String releases = asOf.releases().isEmpty() ? "none" : String.join(", ", asOf.releases());
        String extracts = asOf.localExtracts() == null
                ? ""
                : " Local extract (unpublished): "
                        + (asOf.localExtracts().isEmpty() ? "none loaded" : String.join(", ", asOf.localExtracts()))
                        + ".";
        Paragraph line = new Paragraph(
                (asOf.sample() ? "As of: Carebench sample data in DfE's layout, release " : "As of: DfE release ")
                        + releases + "." + extracts + snapshot());
        line.setId("as-of");
        line.addClassName("as-of");
        Div block = new Div();
        if (asOf.sample()) {
            Div banner = new Div("Sample data: not published statistics. These figures are invented to show how"
                    + " Carebench works; import DfE's published files to see real ones.");
            banner.addClassName("sample-banner");
            banner.setId("sample-banner");
            banner.getElement().setAttribute("role", "note");
            block.add(banner);
        }
        block.add(line);
        return block;
    }

    /** The snapshot the page's figures were read from, as the API names it in Carebench-Snapshot. */
    private static String snapshot() {
        return SnapshotPin.name().map(name -> " Snapshot " + name + ".").orElse("");
    }
}
