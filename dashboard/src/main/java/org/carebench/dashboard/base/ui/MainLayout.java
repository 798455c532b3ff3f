package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame around every view: a link past the bar for keyboard users, the product's name, the
 * navigation bar built from the views' {@code @Menu} annotations (only the pages the reader's role may
 * open, so the frame knows no page), a way to sign out, and the main landmark the views are shown in. Plain elements rather than Vaadin's app layout: the page
 * scrolls as one document, the bar wraps on a narrow screen, and the main landmark is no shadow host,
 * which would take everything inside it out of the Tab order. The links carry the current address's
 * choices, so moving between pages keeps the authority, period and model.
 */
@Layout
// The frame holds no figures and also frames the sign-in page; each view says who may open it.
@AnonymousAllowed
@CssImport("./styles/carebench.css")
@StyleSheet("context://styles/pages.css")
@JavaScript("context://scripts/pages.js")
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** Where the skip link lands: the page's own content. */
    public static final String MAIN_ID = "main-content";

    private final Map<String, RouterLink> links = new LinkedHashMap<>();
    private final Anchor skipLink = new Anchor("", "Skip to main content");
    private final Main main = new Main();

    public MainLayout(AuthenticationContext signedIn) {
        addClassName("app");
        // pages.js moves the focus to the content itself, so the router never reloads the page.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.addClassName("skip-link");
        Paragraph title = new Paragraph("Carebench");
        title.addClassName("app-title");
        Span purpose = new Span("Children's social care benchmarking");
        purpose.addClassName("app-purpose");
        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.add(link(entry)));
        Header banner = new Header(skipLink, new Div(title, purpose), nav);
        signedIn.getPrincipalName().ifPresent(name -> banner.add(signOut(name, signedIn)));
        banner.addClassName("app-header");
        main.setId(MAIN_ID);
        main.addClassName("app-main");
        // Focusable by script only (the skip link); as a plain element it keeps its content in the Tab order.
        main.getElement().setAttribute("tabindex", "-1");
        add(banner, main);
    }

    private static NativeButton signOut(String name, AuthenticationContext signedIn) {
        NativeButton button = new NativeButton("Sign out " + name, click -> signedIn.logout());
        button.setId("sign-out");
        button.addClassName("sign-out");
        return button;
    }

    private RouterLink link(MenuEntry entry) {
        RouterLink link = new RouterLink(entry.title(), entry.menuClass());
        links.put(path(entry.path()), link);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String current = path(event.getLocation().getPath());
        links.forEach((path, link) -> {
            link.setQueryParameters(event.getLocation().getQueryParameters());
            if (path.equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        skipLink.setHref(event.getLocation().getPathWithQueryParameters() + "#" + MAIN_ID);
    }

    private static String path(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
