package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Document;

/**
 * Read-only HTML built on the server with jsoup: the root element as a Vaadin element, everything
 * inside it sent as one compact inner HTML. Unlike Vaadin's {@code Html}, the markup is not parsed
 * a second time, and it is written without indentation, so a page view costs less to build and send.
 */
public final class HtmlFragment extends Component {

    public HtmlFragment(org.jsoup.nodes.Element root) {
        super(new com.vaadin.flow.dom.Element(root.tagName()));
        root.attributes().forEach(attribute -> getElement().setAttribute(attribute.getKey(), attribute.getValue()));
        Document compact = new Document("");
        compact.outputSettings().prettyPrint(false);
        compact.appendChild(root);
        getElement().setProperty("innerHTML", root.html());
    }
}
