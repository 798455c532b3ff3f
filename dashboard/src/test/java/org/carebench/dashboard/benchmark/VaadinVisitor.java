package org.carebench.dashboard.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One reader's page views over plain HTTP, as the browser makes them: the page, Vaadin's init
 * request, then the navigation event that renders the view on the server. Static files are left out,
 * as a browser caches them after the first visit.
 */
final class VaadinVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    VaadinVisitor(String base) {
        this.base = base;
    }

    /** Loads {@code route?query} and returns the size of the rendered view's response. */
    int visit(String route, String query) throws IOException, InterruptedException {
        get("/" + route + "?" + query);
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        JsonNode init = JSON.readTree(get("/?v-r=init&location=" + location + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        String token = init.at("/appConfig/uidl/Vaadin-Security-Key").asText();
        int ui = init.at("/appConfig/v-uiId").asInt();
        ObjectNode body = JSON.createObjectNode().put("csrfToken", token).put("syncId", 0).put("clientId", 0);
        ObjectNode navigate = body.putArray("rpc").addObject().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"appError\"")) {
            throw new IllegalStateException("Navigation to " + route + "?" + query + " failed: " + response.statusCode());
        }
        return response.body().length();
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode());
        }
        return response.body();
    }
}
