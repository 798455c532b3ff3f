package org.carebench.dashboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Lets a new browser fetch everything a page needs at once. Vaadin's bootstrap page names only its
 * entry script, which then imports the client and the components one after another, and the pages'
 * style sheet arrives only with the first server response: the browser's cache empty, each of those is
 * a round trip in sequence before anything shows. The page's head now names them all, the scripts as
 * module preloads (fetched and compiled while the entry script runs, not run before it asks) and the
 * style sheet as a link, so the figures are styled when they appear.
 */
@Component
class FirstViewHints implements VaadinServiceInitListener {

    private static final String BUILD = "META-INF/VAADIN/webapp/";
    private static final Pattern IMPORT = Pattern.compile("import\\(\"\\./([\\w.-]+\\.js)\"\\)");

    /** The scripts each entry script imports; its name changes with its content, so this never goes stale. */
    private final Map<String, List<String>> imports = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> addHints(response.getDocument()));
    }

    private void addHints(Document page) {
        Element head = page.head();
        for (Element entry : head.select("script[type=module][src*=VAADIN/build/]")) {
            String src = entry.attr("src");
            String folder = src.substring(0, src.lastIndexOf('/') + 1);
            for (String script : imports.computeIfAbsent(src, FirstViewHints::importsOf)) {
                head.appendElement("link").attr("rel", "modulepreload").attr("href", folder + script);
            }
        }
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "styles/pages.css");
    }

    private static List<String> importsOf(String src) {
        String path = BUILD + src.replaceFirst("^\\./", "");
        try (InputStream in = FirstViewHints.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return IMPORT.matcher(script)
                    .results()
                    .map(m -> m.group(1))
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the entry script " + path, e);
        }
    }
}
