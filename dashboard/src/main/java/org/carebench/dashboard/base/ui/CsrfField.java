package org.carebench.dashboard.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The hidden field that lets a page's plain HTML form post to the API: the session's CSRF token, which
 * the API checks on every form post (another site's page cannot read it, so cannot forge the post).
 */
public final class CsrfField {

    private CsrfField() {}

    public static void addTo(Element form) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        CsrfToken token = request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            throw new IllegalStateException("No CSRF token for this request: the form could not be posted");
        }
        form.appendElement("input")
                .attr("type", "hidden")
                .attr("name", token.getParameterName())
                .val(token.getToken());
    }
}
