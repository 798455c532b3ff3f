package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Supplier;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.WarehouseUnavailableException;

/**
 * A page drawn from the selection in its address: heading, the selection controls, then content.
 * Says plainly when there is no data yet or the address names something unknown.
 */
public abstract class SelectionPage extends Div implements BeforeEnterObserver {

    protected final SelectionControls controls;
    protected final H1 heading;
    protected final Div content = new Div();
    private final String defaultLa;
    private final Supplier<String> defaultIndicator;

    protected final RenderedFragments fragments;

    /** {@code defaultIndicator} is asked only when the address names no indicator. */
    protected SelectionPage(
            String title, String defaultLa, Supplier<String> defaultIndicator, RenderedFragments fragments) {
        this.fragments = fragments;
        this.controls = new SelectionControls(fragments);
        this.heading = new H1(title);
        this.defaultLa = defaultLa;
        this.defaultIndicator = defaultIndicator;
        addClassName("page");
        content.addClassName("page-content");
        add(heading, controls, content);
    }

    /** Fills heading, controls and content for the selection; the content has been emptied. */
    protected abstract void show(Selection selection, QueryParameters parameters);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        content.removeAll();
        controls.setRoute(event.getLocation().getPath());
        controls.setVisible(true);
        try {
            show(Selection.from(parameters, defaultLa, defaultIndicator), parameters);
        } catch (WarehouseUnavailableException e) {
            controls.setVisible(false);
            content.add(new Paragraph("No data to show yet: no warehouse snapshot has been published. "
                    + "Run an import, then reload this page."));
        } catch (UnknownReferenceException e) {
            controls.setVisible(false);
            content.add(
                    new Paragraph(e.getMessage() + "."),
                    new RouterLink("Show the default local authority", getClass()));
        }
    }
}
