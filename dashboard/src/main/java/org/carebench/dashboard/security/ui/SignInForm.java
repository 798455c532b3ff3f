package org.carebench.dashboard.security.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;

/**
 * A plain HTML form posted by the browser itself to Spring Security's sign-in endpoint, with the
 * session's CSRF token: no Vaadin web component, so the front-end bundle stays as it is.
 */
@Tag("form")
class SignInForm extends HtmlContainer {

    SignInForm(String action, String csrfParameter, String csrfToken) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        addClassName("sign-in-form");
        add(
                field("username", "User name", "text", "username"),
                field("password", "Password", "password", "current-password"));
        Input csrf = new Input();
        csrf.setType("hidden");
        csrf.getElement().setAttribute("name", csrfParameter);
        csrf.getElement().setAttribute("value", csrfToken);
        NativeButton submit = new NativeButton("Sign in");
        submit.getElement().setAttribute("type", "submit");
        submit.setId("sign-in");
        add(csrf, submit);
    }

    private static Div field(String name, String label, String type, String autocomplete) {
        Input input = new Input();
        input.setType(type);
        input.setId(name);
        input.getElement().setAttribute("name", name);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.getElement().setAttribute("required", true);
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(input);
        Div field = new Div(caption, input);
        field.addClassName("sign-in-field");
        return field;
    }
}
