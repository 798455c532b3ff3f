package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every view: a link past the bar for keyboard users, the product's name and the
 * navigation bar, built from the views' {@code @Menu} annotations (only the pages the reader's role
 * may open) so that the frame knows no page, and a way to sign out. The links carry the current
 * address's choices, so moving between pages keeps the authority, period and model.
 */
@Layout
// The frame holds no figures and also frames the sign-in page; each view says who may open it.
@AnonymousAllowed
@CssImport("./styles/carebench.css")
@StyleSheet("context://styles/pages.css")
@JavaScript("context://scripts/selection-form.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<RouterLink> links = new ArrayList<>();
    private final Anchor skipLink = new Anchor("", "Skip to main content");

    public MainLayout(AuthenticationContext signedIn) {
        // The browser follows it within the page, as it names this very address: the router stays out.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.addClassName("skip-link");
        H1 title = new H1("Carebench");
        title.addClassName("app-title");
        Span purpose = new Span("Children's social care benchmarking");
        purpose.addClassName("app-purpose");
        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        MenuConfiguration.getMenuEntries().forEach(entry -> link(nav, entry));
        Header banner = new Header(skipLink, title, purpose, nav);
        signedIn.getPrincipalName().ifPresent(name -> banner.add(signOut(name, signedIn)));
        banner.addClassName("app-header");
        addToNavbar(banner);
    }

    private static NativeButton signOut(String name, AuthenticationContext signedIn) {
        NativeButton button = new NativeButton("Sign out " + name, click -> signedIn.logout());
        button.setId("sign-out");
        button.addClassName("sign-out");
        return button;
    }

    private void link(Nav nav, MenuEntry entry) {
        RouterLink link = new RouterLink(entry.title(), entry.menuClass());
        link.setHighlightCondition(HighlightConditions.sameLocation());
        link.setHighlightAction((l, active) -> l.getElement().setAttribute("aria-current", active ? "page" : "false"));
        links.add(link);
        nav.add(link);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        links.forEach(link -> link.setQueryParameters(event.getLocation().getQueryParameters()));
        skipLink.setHref(event.getLocation().getPathWithQueryParameters() + "#" + SelectionPage.MAIN_ID);
    }
}
