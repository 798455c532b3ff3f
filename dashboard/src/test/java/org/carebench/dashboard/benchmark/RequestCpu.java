package org.carebench.dashboard.benchmark;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The server's own CPU time per kind of request (page, Vaadin init, UIDL, unload beacon, API), so a
 * benchmark can say where a page view's cost lies, apart from the load script sharing the JVM.
 */
@TestConfiguration
class RequestCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, LongAdder[]> TOTALS = new ConcurrentHashMap<>();

    @Bean
    FilterRegistrationBean<Filter> requestCpuFilter() {
        Filter filter = (request, response, chain) -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                LongAdder[] total = TOTALS.computeIfAbsent(
                        kind((HttpServletRequest) request), k -> new LongAdder[] {new LongAdder(), new LongAdder()});
                total[0].add(THREADS.getCurrentThreadCpuTime() - start);
                total[1].increment();
            }
        };
        return new FilterRegistrationBean<>(filter);
    }

    static void reset() {
        TOTALS.clear();
    }

    static String report() {
        StringBuilder text = new StringBuilder("server CPU per request:");
        new TreeMap<>(TOTALS)
                .forEach((kind, total) -> text.append(String.format(
                        "  %s %.1f ms (n=%d)", kind, total[0].sum() / 1e6 / total[1].sum(), total[1].sum())));
        return text.toString();
    }

    private static String kind(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        if (request.getRequestURI().startsWith("/api/")) {
            return "api";
        }
        if (query.contains("v-r=init")) {
            return "init";
        }
        if (query.contains("v-r=uidl")) {
            String type = request.getContentType();
            return type != null && type.startsWith("text/plain") ? "unload beacon" : "uidl";
        }
        return "page";
    }
}
