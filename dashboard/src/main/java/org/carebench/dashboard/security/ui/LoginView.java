package org.carebench.dashboard.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/** The sign-in page: a password form, and a link per directory provider when one is configured. */
@StyleSheet("context://styles/trust.css")
@Route(LoginView.ROUTE)
@PageTitle("Sign in | Carebench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    private final List<ClientRegistration> providers = new ArrayList<>();
    private final Paragraph problem = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            configured.forEach(registration -> providers.add((ClientRegistration) registration));
        }
        getElement().setAttribute("role", "main");
        problem.setId("sign-in-problem");
        problem.addClassName("sign-in-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        add(new H2("Sign in"), problem, new SignInForm(ROUTE, csrf.getParameterName(), csrf.getToken()));
        providers.forEach(provider -> {
            Anchor link = new Anchor(
                    "oauth2/authorization/" + provider.getRegistrationId(), "Sign in with " + provider.getClientName());
            link.getElement().setAttribute("router-ignore", true);
            link.addClassName("sign-in-provider");
            add(link);
        });
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        problem.setVisible(failed);
        if (failed) {
            problem.setText(reason(request.getSession(false)));
        }
    }

    private static String reason(HttpSession session) {
        Object cause = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (cause instanceof LockedException locked) {
            return locked.getMessage();
        }
        // One message for a wrong password and a disabled account: a stranger learns nothing of either.
        return "Wrong user name or password, or the account is disabled.";
    }
}
