package org.carebench.dashboard.users.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.carebench.dashboard.security.Role;
import org.carebench.dashboard.security.UserAccount;
import org.carebench.dashboard.users.UserAdministration;

/** Admins add people, disable them and change their roles; every change goes to the audit log. */
@StyleSheet("context://styles/trust.css")
@Route("users")
@Menu(order = 10, title = "Users")
@PageTitle("Users | Carebench")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final String admin;
    private final Paragraph status = new Paragraph();
    private final NativeTableBody rows;

    public UsersView(UserAdministration administration, AuthenticationContext signedIn) {
        this.administration = administration;
        this.admin = signedIn.getPrincipalName().orElseThrow();
        getElement().setAttribute("role", "main");
        status.setId("users-status");
        status.getElement().setAttribute("role", "status");
        NativeTable table = new NativeTable();
        table.setId("users");
        table.addClassName("figures-table");
        NativeTableRow head = new NativeTableRow();
        for (String header : new String[] {"User name", "Name", "Role", "Since", "Status"}) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        rows = table.addBody();
        add(new H2("Users"), status, createAddForm(), table);
        refresh();
    }

    private Div createAddForm() {
        Input username = input("new-username", "text");
        Input name = input("new-name", "text");
        Input password = input("new-password", "password");
        password.getElement().setAttribute("autocomplete", "new-password");
        RoleSelect role = new RoleSelect(Role.VIEWER, "Role of the new user");
        role.setId("new-role");
        NativeButton add = new NativeButton(
                "Add user",
                click -> act(() -> {
                    UserAccount added = administration.add(
                            admin, username.getValue(), name.getValue(), role.value(), password.getValue());
                    username.setValue("");
                    name.setValue("");
                    password.setValue("");
                    return "Added " + added.username() + " as " + added.role().id() + ".";
                }));
        add.setId("add-user");
        Div form = new Div(
                labelled("User name", username),
                labelled("Name", name),
                labelled("Password (12 characters or more)", password),
                labelled("Role", role),
                add);
        form.addClassName("add-user");
        return form;
    }

    private void refresh() {
        rows.removeAll();
        administration.users().forEach(user -> rows.add(row(user)));
    }

    private NativeTableRow row(UserAccount user) {
        NativeTableRow row = new NativeTableRow();
        row.getElement().setAttribute("data-username", user.username());
        NativeTableHeaderCell username = new NativeTableHeaderCell(user.username());
        username.getElement().setAttribute("scope", "row");
        RoleSelect role = new RoleSelect(user.role(), "Role of " + user.username());
        role.addClassName("role");
        role.onChange(chosen -> act(() -> {
            administration.setRole(admin, user.username(), chosen);
            return user.username() + " is now " + chosen.id() + ".";
        }));
        NativeButton toggle = new NativeButton(
                user.enabled() ? "Disable" : "Enable",
                click -> act(() -> {
                    administration.setEnabled(admin, user.username(), !user.enabled());
                    return user.username() + (user.enabled() ? " is disabled." : " is enabled.");
                }));
        toggle.addClassName("toggle");
        row.add(
                username,
                new NativeTableCell(user.displayName()),
                new NativeTableCell(role),
                new NativeTableCell(user.created().toString().substring(0, 10)),
                new NativeTableCell(new Paragraph(user.enabled() ? "enabled" : "disabled"), toggle));
        return row;
    }

    /** Runs an admin action, then shows what happened or why it was refused. */
    private void act(java.util.function.Supplier<String> action) {
        try {
            status.setText(action.get());
        } catch (IllegalArgumentException e) {
            status.setText("Not done: " + e.getMessage() + ".");
        }
        refresh();
    }

    private static Input input(String id, String type) {
        Input input = new Input();
        input.setId(id);
        input.setType(type);
        return input;
    }

    private static Div labelled(String text, com.vaadin.flow.component.Component field) {
        NativeLabel label = new NativeLabel(text);
        label.setFor(field);
        return new Div(label, field);
    }
}
