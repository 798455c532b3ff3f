package org.carebench.dashboard.users.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import org.carebench.dashboard.security.Role;

/** A native drop-down list of the roles: no Vaadin web component, so the front-end bundle stays as it is. */
@Tag("select")
class RoleSelect extends Component {

    RoleSelect(Role selected, String label) {
        for (Role role : Role.values()) {
            Element option =
                    new Element("option").setAttribute("value", role.id()).setText(role.id());
            if (role == selected) {
                option.setAttribute("selected", true);
            }
            getElement().appendChild(option);
        }
        getElement().setAttribute("aria-label", label);
        getElement().setProperty("value", selected.id());
        // Keeps the server's copy of the value in step with the browser's on every change.
        getElement().addPropertyChangeListener("value", "change", event -> {});
    }

    Role value() {
        return Role.parse(getElement().getProperty("value", Role.VIEWER.id()));
    }

    void onChange(Consumer<Role> listener) {
        getElement().addEventListener("change", event -> listener.accept(value()));
    }
}
