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
 * request, then the navigation event that renders the view on the server; and, on leaving a page for
 * a typed address, the beacon with which Vaadin's client tells the server to close that page's UI.
 * Static files are left out, as a browser caches them after the first visit.
 */
final class VaadinVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;
    private int ui;
    private int syncId;
    private int clientId;

    VaadinVisitor(String base) {
        this.base = base;
    }

    /** Loads {@code route?query} afresh, as typing the address does: page, init, then navigation. */
    int visit(String route, String query) throws IOException, InterruptedException {
        if (token != null) {
            leave();
        }
        get("/" + route + "?" + query);
        JsonNode init = JSON.readTree(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        token = init.at("/appConfig/uidl/Vaadin-Security-Key").asText();
        ui = init.at("/appConfig/v-uiId").asInt();
        syncId = 0;
        clientId = 0;
        return navigate(route, query);
    }

    /** Moves to another page in the same browser tab, as a click on a link in the page does. */
    int navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", token).put("syncId", syncId)
                .put("clientId", clientId);
        ObjectNode event = body.putArray("rpc").addObject().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        event.putObject("data").put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", "link").putObject("historyState").put("idx", 0);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        if (response.statusCode() != 200 || text.contains("\"appError\"") || !text.startsWith("for(;;);")) {
            throw new IllegalStateException("Navigation to " + route + "?" + query + " failed: " + response.statusCode());
        }
        JsonNode answer = JSON.readTree(text.substring("for(;;);".length())).get(0);
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
        return text.length();
    }

    /** The page-hide beacon: the client's message with no events and the UNLOAD flag. */
    private void leave() throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", token).put("syncId", syncId)
                .put("clientId", clientId).put("UNLOAD", true);
        body.putArray("rpc");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Leaving the page failed: " + response.statusCode());
        }
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
