package org.carebench.dashboard.uploads.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.carebench.dashboard.uploads.SnapshotAdministration;
import org.carebench.dashboard.uploads.SnapshotAdministration.Snapshot;

/**
 * For admins: the published snapshots, newest first with the current one marked, and rolling back to
 * an earlier one, which asks once more before it acts.
 */
class SnapshotsSection extends Div {

    private final SnapshotAdministration snapshots;
    private final String admin;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph message = new Paragraph();

    SnapshotsSection(SnapshotAdministration snapshots, String admin) {
        this.snapshots = snapshots;
        this.admin = admin;
        setId("snapshots");
        message.setId("snapshot-message");
        message.getElement().setAttribute("role", "status");
        add(new H2("Snapshots"), list, message);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        try {
            for (Snapshot snapshot : snapshots.snapshots()) {
                list.add(item(snapshot));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ListItem item(Snapshot snapshot) {
        ListItem item = new ListItem(new Span(snapshot.name()));
        item.getElement().setAttribute("data-snapshot", snapshot.name());
        if (snapshot.current()) {
            item.add(new Span(" (current)"));
            return item;
        }
        NativeButton rollback = new NativeButton("Roll back to " + snapshot.name());
        rollback.addClickListener(click -> confirm(item, snapshot.name(), rollback));
        item.add(new Span(" "), rollback);
        return item;
    }

    private void confirm(ListItem item, String name, NativeButton rollback) {
        rollback.setVisible(false);
        Span question = new Span(" Make " + name + " current again? ");
        NativeButton yes = new NativeButton("Yes, roll back", click -> rollBack(name));
        yes.addClassName("confirm-rollback");
        NativeButton no = new NativeButton("Cancel", click -> refresh());
        item.add(question, yes, new Span(" "), no);
        yes.focus();
    }

    private void rollBack(String name) {
        try {
            message.setText(snapshots.rollback(admin, name));
        } catch (Exception e) {
            message.setText(e.getMessage());
        }
        refresh();
    }
}
