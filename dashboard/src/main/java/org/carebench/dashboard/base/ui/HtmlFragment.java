package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only HTML built on the server with jsoup: the root element as a Vaadin element, everything
 * inside it sent as one compact inner HTML. Unlike Vaadin's {@code Html}, the markup is not parsed
 * a second time, and it is written without indentation, so a page view costs less to build and send.
 */
public final class HtmlFragment extends Component {

    public HtmlFragment(Markup markup) {
        super(new com.vaadin.flow.dom.Element(markup.tag()));
        markup.attributes().forEach(getElement()::setAttribute);
        getElement().setProperty("innerHTML", markup.inner());
    }

    /** The written form of a jsoup element, which can be kept and shown on any number of pages. */
    public record Markup(String tag, Map<String, String> attributes, String inner) {

        public static Markup of(Element root) {
            Map<String, String> attributes = new LinkedHashMap<>();
            root.attributes().forEach(attribute -> attributes.put(attribute.getKey(), attribute.getValue()));
            Document compact = new Document("");
            compact.outputSettings().prettyPrint(false);
            compact.appendChild(root);
            return new Markup(root.tagName(), Map.copyOf(attributes), root.html());
        }
    }
}
