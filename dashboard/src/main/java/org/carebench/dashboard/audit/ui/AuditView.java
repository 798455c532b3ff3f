package org.carebench.dashboard.audit.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.carebench.dashboard.audit.AuditEntry;
import org.carebench.dashboard.audit.AuditLog;

/** The latest audit entries, newest first, and the whole log as CSV. */
@StyleSheet("context://styles/trust.css")
@Route("audit")
@Menu(order = 11, title = "Audit")
@PageTitle("Audit | Carebench")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    static final int SHOWN = 200;

    public AuditView(AuditLog audit) {
        getElement().setAttribute("role", "main");
        Anchor csv = new Anchor("api/v1/audit?format=csv&limit=100000", "Download the audit log as CSV");
        csv.setId("audit-csv");
        csv.getElement().setAttribute("router-ignore", true);
        NativeTable table = new NativeTable();
        table.setId("audit");
        table.addClassName("figures-table");
        NativeTableRow head = new NativeTableRow();
        for (String header : new String[] {"When (UTC)", "Who", "Action", "Detail"}) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        NativeTableBody body = table.addBody();
        audit.recent(SHOWN).forEach(entry -> body.add(row(entry)));
        add(new H2("Audit log: the latest " + SHOWN + " entries"), csv, table);
    }

    private static NativeTableRow row(AuditEntry entry) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-action", entry.action());
        row.add(
                new NativeTableCell(entry.at().toString().replace('T', ' ').substring(0, 19)),
                new NativeTableCell(entry.username()),
                new NativeTableCell(entry.action()),
                new NativeTableCell(entry.detail()));
        return row;
    }
}
