package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** The frame around every view: the product's name and what it is for. */
@CssImport("./styles/carebench.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Carebench");
        title.addClassName("app-title");
        Span purpose = new Span("Children's social care benchmarking");
        purpose.addClassName("app-purpose");
        addToNavbar(title, purpose);
    }
}
