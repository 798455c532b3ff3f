package org.carebench.dashboard.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reader's page views over plain HTTP, as the browser makes them: the page, Vaadin's init
 * request, then the navigation event that renders the view on the server; and, on leaving a page for
 * a typed address, the beacon with which Vaadin's client tells the server to close that page's UI.
 * Static files are left out, as a browser caches them after the first visit. Plain blocking
 * connections keep the load script's own share of the machine's two cores small.
 */
final class VaadinVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // One kept-alive connection per reader, as each browser keeps its own.
        System.setProperty("http.maxConnections", "64");
    }

    private static final Pattern CSRF_FIELD =
            Pattern.compile("\"value\":\"_csrf\"}.*?\"key\":\"value\",\"feat\":\\d+,\"value\":\"([^\"]+)\"");

    private final String base;
    private static final Pattern EAGER_UI = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern EAGER_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private String sessionCookie;
    private String token;
    private int ui;
    private int syncId;
    private int clientId;

    VaadinVisitor(String base) {
        this.base = base;
    }

    /**
     * Signs in through the sign-in page's form, as a browser posts it: the CSRF token is read from the
     * hidden field as Vaadin's navigation answer sends it (its name, then its value).
     */
    void signIn(String username, String password) throws IOException {
        String page = open("login", "");
        Matcher csrf = CSRF_FIELD.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(base + "/login").toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestProperty("Cookie", sessionCookie);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        String location = connection.getHeaderField("Location");
        if (connection.getResponseCode() != 302 || location == null || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + location);
        }
        sessionCookie = connection.getHeaderField("Set-Cookie").split(";", 2)[0];
        token = null;
    }

    /** Loads {@code route?query} afresh, as typing the address does: page, init, then navigation. */
    int visit(String route, String query) throws IOException {
        return open(route, query).length();
    }

    private String open(String route, String query) throws IOException {
        if (token != null) {
            leave();
        }
        String page = get("/" + route + "?" + query);
        Matcher eager = EAGER_UI.matcher(page);
        Matcher key = EAGER_KEY.matcher(page);
        if (eager.find() && key.find()) {
            // vaadin.eagerServerLoad: the page already holds its UI, drawn; the browser asks for no init.
            ui = Integer.parseInt(eager.group(1));
            token = key.group(1);
            syncId = 0;
            clientId = 0;
            return page;
        }
        JsonNode init = JSON.readTree(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        token = init.at("/appConfig/uidl/Vaadin-Security-Key").asText();
        ui = init.at("/appConfig/v-uiId").asInt();
        syncId = 0;
        clientId = 0;
        return navigation(route, query);
    }

    /** As {@link #visit}, returning the server's answer that drew the page (its as-of line among it). */
    String page(String route, String query) throws IOException {
        return open(route, query);
    }

    /** Leaves the page shown, as closing the tab does: the beacon closes its UI on the server. */
    void close() throws IOException {
        if (token != null) {
            leave();
            token = null;
        }
    }

    /** An API answer on this reader's signed-in session: its Carebench-Snapshot header (or ""), then its body. */
    String[] api(String pathAndQuery) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(base + pathAndQuery).toURL().openConnection();
        connection.setRequestProperty("Cookie", sessionCookie);
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(pathAndQuery + " answered " + status);
            }
            String snapshot = connection.getHeaderField("Carebench-Snapshot");
            return new String[] {snapshot == null ? "" : snapshot, text};
        }
    }

    /** Moves to another page in the same browser tab, as a click on a link in the page does. */
    int navigate(String route, String query) throws IOException {
        return navigation(route, query).length();
    }

    private String navigation(String route, String query) throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", token)
                .put("syncId", syncId)
                .put("clientId", clientId);
        ObjectNode event = body.putArray("rpc")
                .addObject()
                .put("type", "event")
                .put("node", 1)
                .put("event", "ui-navigate");
        event.putObject("data")
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "link")
                .putObject("historyState")
                .put("idx", 0);
        String text = send("/?v-r=uidl&v-uiId=" + ui, "application/json", body.toString());
        if (text.contains("\"appError\"") || !text.startsWith("for(;;);")) {
            throw new IllegalStateException("Navigation to " + route + "?" + query + " failed");
        }
        JsonNode answer = JSON.readTree(text.substring("for(;;);".length())).get(0);
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
        return text;
    }

    /** The page-hide beacon: the client's message with no events and the UNLOAD flag. */
    private void leave() throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", token)
                .put("syncId", syncId)
                .put("clientId", clientId)
                .put("UNLOAD", true);
        body.putArray("rpc");
        send("/?v-r=uidl&v-uiId=" + ui, "text/plain;charset=UTF-8", body.toString());
    }

    private String get(String pathAndQuery) throws IOException {
        return send(pathAndQuery, null, null);
    }

    /** One request on this reader's session; a POST when there is a body. */
    private String send(String pathAndQuery, String contentType, String body) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(base + pathAndQuery).toURL().openConnection();
        if (sessionCookie != null) {
            connection.setRequestProperty("Cookie", sessionCookie);
        }
        if (body != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        String cookie = connection.getHeaderField("Set-Cookie");
        if (cookie != null) {
            sessionCookie = cookie.split(";", 2)[0];
        }
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(pathAndQuery + " answered " + status);
            }
            return text;
        }
    }
}
