package org.carebench.dashboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carebench.dashboard.warehouse.SnapshotPin;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Carebench-Snapshot}: the warehouse snapshot (file name) an API answer was read from, written
 * just before the body. The request's {@link SnapshotPin} makes it one snapshot for all of the answer.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class SnapshotHeader implements ResponseBodyAdvice<Object> {

    public static final String NAME = "Carebench-Snapshot";

    @Override
    public boolean supports(MethodParameter returnType, Class converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        SnapshotPin.name().ifPresent(snapshot -> response.getHeaders().set(NAME, snapshot));
        return body;
    }

    /** Pins one snapshot for each request, API or page, from its first read to its end. */
    @Component
    static class OneSnapshotPerRequest extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try (SnapshotPin pin = SnapshotPin.open()) {
                chain.doFilter(request, response);
            }
        }
    }
}
